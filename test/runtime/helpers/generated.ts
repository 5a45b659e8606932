/**
 * The generated package the client tests exercise: both specs run through the real pipeline
 * (`generatePackage` + `writeAtomically`) into node_modules/.cache/funcspec-client-tests/<hash of its
 * inputs>/, once for all test files (a lock directory keeps two workers from generating at the same
 * time). Under node_modules, vitest leaves the package to Node's own ESM loader (no transform, no
 * interop shims), so it runs exactly as a consumer's Node runs it, and the validators' imports of ajv
 * resolve from the project's dependencies.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePackage } from '../../../generator/generate/pipeline.js';
import { writeAtomically } from '../../../generator/generate/write.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const HUAWEI_SPEC = 'spec/huaweicloud/functiongraph-v2.yaml';
export const ALIYUN_SPEC = 'spec/aliyun/fc-2021-04-06.yaml';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

function inputsHash(): string {
  const hash = createHash('sha256');
  // What generation reads: the generator's own folder, the reading layer under it, templates and runtime.
  const dirs = ['generator/generate', 'generator/openapi', 'templates', 'runtime'];
  const files = [join(REPO_ROOT, HUAWEI_SPEC), join(REPO_ROOT, ALIYUN_SPEC), join(REPO_ROOT, 'generator/errors.ts'), ...dirs.flatMap((d) => filesUnder(join(REPO_ROOT, d)))].sort();
  for (const f of files) hash.update(relative(REPO_ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let cached: Promise<string> | undefined;

/** The directory of the generated package (generating it if its inputs changed). */
export function generatedPackageDir(): Promise<string> {
  cached ??= (async () => {
    const root = join(REPO_ROOT, 'node_modules', '.cache', 'funcspec-client-tests');
    const dir = join(root, inputsHash());
    const done = join(root, `${relative(root, dir)}.done`);
    const lock = join(root, `${relative(root, dir)}.lock`);
    mkdirSync(root, { recursive: true });
    for (let waited = 0; !existsSync(done); waited += 250) {
      try {
        mkdirSync(lock);
      } catch {
        // Another worker is generating; a lock older than 5 minutes was left by a killed run.
        if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
        if (waited > 240_000) throw new Error(`timed out waiting for ${lock}`);
        await sleep(250);
        continue;
      }
      try {
        if (!existsSync(done)) {
          const files = await generatePackage({
            specs: [
              { file: join(REPO_ROOT, HUAWEI_SPEC), name: 'huaweicloud/functiongraph' },
              { file: join(REPO_ROOT, ALIYUN_SPEC), name: 'aliyun/fc' },
            ],
            package: { name: '@funcspec/client-tests', version: '0.0.0' },
          });
          await writeAtomically(dir, files);
          writeFileSync(done, new Date().toISOString());
          // Packages of earlier inputs, unused for ten minutes, go.
          for (const name of readdirSync(root)) {
            const full = join(root, name);
            if (!name.startsWith(relative(root, dir)) && Date.now() - statSync(full).mtimeMs > 600_000) rmSync(full, { recursive: true, force: true });
          }
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    return dir;
  })();
  return cached;
}

/** Imports a module of the generated package, e.g. `huaweicloud/functiongraph/index.js`. */
export async function importGenerated<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(await generatedPackageDir(), path)).href)) as T;
}
