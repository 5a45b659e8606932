/**
 * funcspec as users get it: `npm pack`, `npm i -D ./funcspec-x.y.z.tgz` into an empty project, then the
 * installed bin (compiled JavaScript, no tsx) generates a client from the project's own spec, and the
 * project imports the result by its package name.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePackage } from '../../generator/generate/pipeline.js';
import { THREAD_THRESHOLD } from '../../generator/generate/validator-thread.js';
import { tempDir } from '../helpers/tmp.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const project = tempDir('funcspec-install-');
// The tarball comes from this checkout; its dependencies from npm's cache (filled by `npm ci`), else the registry.
const npmInstall = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'];

beforeAll(async () => {
  const packed = await run('npm', ['pack', '--silent', '--pack-destination', project], { cwd: ROOT });
  const tarball = packed.stdout.trim().split('\n').pop()!;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
  await run('npm', ['i', '-D', ...npmInstall, `./${tarball}`], { cwd: project });
  copyFileSync(join(ROOT, 'test/fixtures/petstore-3.1.yaml'), join(project, 'petstore.yaml'));
}, 300_000);

const funcspec = (args: string[]) => run(join(project, 'node_modules/.bin/funcspec'), args, { cwd: project });

describe('the packed tarball', () => {
  it('ships compiled JavaScript and what it reads at run time, not tests, specs or TypeScript sources of the generator', () => {
    const pkg = join(project, 'node_modules/funcspec');
    expect(existsSync(join(pkg, 'dist/cli/main.js'))).toBe(true);
    expect(existsSync(join(pkg, 'templates/client.ts.hbs'))).toBe(true);
    expect(existsSync(join(pkg, 'runtime/http.ts'))).toBe(true);
    for (const absent of ['generator', 'test', 'spec', 'bench', 'generated', 'tsconfig.json']) expect(existsSync(join(pkg, absent)), absent).toBe(false);
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false);
  });

  it('answers --version and --help from the installed bin', async () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect((await funcspec(['--version'])).stdout.trim()).toBe(version);
    expect((await funcspec(['generate', '--help'])).stdout).toContain('Usage: funcspec generate');
  });

  it('generates a client from the project’s own spec, which the project imports by name', async () => {
    await funcspec(['generate', '--spec', 'petstore.yaml', '--out', 'petstore-client']);
    const generated = JSON.parse(readFileSync(join(project, 'petstore-client/package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
    await run('npm', ['i', ...npmInstall, './petstore-client'], { cwd: project });
    const subpath = Object.keys(generated.exports).find((k) => k !== './runtime' && k !== './package.json')!;
    const script = `const m = await import(${JSON.stringify(`${generated.name}/${subpath.slice(2)}`)}); console.log(Object.keys(m).filter((k) => /Client$/.test(k)).join(','));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    expect(stdout.trim()).toMatch(/^\w+Client$/);
  });

  it("compiles a large spec's validators on its worker thread into the module one thread writes", async () => {
    // Enough component schemas for the thread (validator-thread.ts), referring to each other, one with a pattern.
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < THREAD_THRESHOLD + 20; i++) {
      schemas[`Thing${i}`] = {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', pattern: '^[a-z]+$' },
          next: { $ref: `#/components/schemas/Thing${(i + 1) % 50}` },
          tags: { type: 'array', items: { type: 'string' } },
        },
      };
    }
    // A schema Ajv cannot compile (a backreference RE2 cannot run) that no body uses: left without a
    // validator, so validators.ts is not the list as modelled, whichever thread renders it.
    schemas.Unused = { type: 'string', pattern: '(a)\\1' };
    const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Things', version: '1.0.0' },
      paths: {
        '/things': {
          post: {
            operationId: 'createThing',
            requestBody: json({ $ref: '#/components/schemas/Thing0' }),
            responses: { '200': { description: 'ok', ...json({ $ref: '#/components/schemas/Thing1' }) } },
          },
        },
      },
      components: { schemas },
    };
    writeFileSync(join(project, 'things.json'), JSON.stringify(spec));
    await funcspec(['generate', '--spec', 'things.json', '--out', 'things-client']);
    const threaded = readFileSync(join(project, 'things-client/things/validators.raw.js'), 'utf8');
    // Here generate runs as TypeScript, on one thread.
    const here = await generatePackage({ specs: [{ file: join(project, 'things.json'), source: 'things.json' }], package: { name: 'things-client', version: '0.0.0' } });
    expect(threaded).toContain('export const Thing319 = ');
    expect(threaded).toBe(here.get('things/validators.raw.js'));
    // validators.ts, rendered and compiled on the thread too, is the one-thread run's.
    for (const file of ['validators.js', 'validators.d.ts', 'validators.raw.d.ts'])
      expect(readFileSync(join(project, 'things-client/things', file), 'utf8')).toBe(here.get(`things/${file}`));
    expect(here.get('things/validators.d.ts')).toContain('Thing319');
    expect(here.get('things/validators.d.ts')).not.toContain('Unused');
    // The marker's digest, which the thread took part in (it hashes the code it sends), matches the files: nothing to redo.
    expect((await funcspec(['generate', '--spec', 'things.json', '--out', 'things-client'])).stderr).toMatch(/things-client\/ is up to date, nothing changed/);
  }, 120_000);

  it('stops the validator thread when a large spec fails its checks: the located lint error (the thread lints), no output', async () => {
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < THREAD_THRESHOLD + 20; i++) schemas[`Thing${i}`] = { type: 'object', properties: { id: { type: 'string' } } };
    schemas.Thing7 = { type: 'object', properties: { id: { type: 5 } } };
    // Modelling fails too, before the thread's verdict arrives: the lint's error is still the one reported.
    const securitySchemes = { token: { type: 'http', scheme: 'bearer', 'x-funcspec-auth': 'noSuchFactory' } };
    writeFileSync(
      join(project, 'broken.json'),
      JSON.stringify({ openapi: '3.1.0', info: { title: 'Broken', version: '1.0.0' }, paths: {}, components: { schemas, securitySchemes } }, null, 1),
    );
    const failed = await funcspec(['generate', '--spec', 'broken.json', '--out', 'broken-client']).catch((err: { code: number; stderr: string }) => err);
    expect('code' in failed && failed.code).toBe(2);
    expect((failed as { stderr: string }).stderr).toMatch(/broken\.json:\d+:\d+: not a valid OpenAPI document[^]*\/components\/schemas\/Thing7\/properties\/id\/type/);
    expect(existsSync(join(project, 'broken-client'))).toBe(false);
  }, 60_000);
});
