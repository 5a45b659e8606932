/**
 * How much a generated client weighs in an application bundle, next to the official SDKs doing the
 * same calls. Each entry is bundled with esbuild (minified, tree-shaken) and gzipped (level 9).
 *
 *   npx tsx bench/bundle-size.ts [--package DIR] [--json]
 *
 * DIR is a generated package (default: generated/). The runtime alone (transport + one signer), then
 * for every spec in it:
 *   index.js, all exports   the spec's index.js as the entry: everything it exports, kept
 *   one validator alone     an app importing one `is…` validator from index.js (a request body's, a component's)
 *   1 call, no validation   an app making one call with header-token auth, validation off
 *   1 call, validating      the same with validateRequests and validateResponses
 *   N calls + signing       an app calling each operation, with request signing and validation
 *   N calls + token         the same with header-token auth only
 * and for comparison the official SDKs making the same calls (when installed as devDependencies).
 * Bundles are split at dynamic imports, as an application bundler does: `loaded` counts the chunks a
 * run fetches (all of them when validation is on, the entry alone when it is off).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  name: string;
  platform: 'browser' | 'node';
  minified: number;
  gzip: number;
}

/** Which chunks count: every one, or the entry alone (what loads while no lazy import runs). */
type Loaded = 'all' | 'entry';

async function measure(name: string, contents: string, resolveDir: string, platform: 'browser' | 'node', loaded: Loaded = 'all'): Promise<Row> {
  // Keep out Node built-ins the official SDKs pull in; their size is not the bundle's.
  const externals: Plugin = { name: 'node-builtins', setup: (b) => b.onResolve({ filter: /^node:/ }, (a) => ({ path: a.path, external: true })) };
  const result = await build({
    stdin: { contents, resolveDir, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    splitting: true,
    metafile: true,
    // A package generated outside the repository still finds ajv, ajv-formats and re2js here.
    nodePaths: [join(ROOT, 'node_modules')],
    outdir: join(ROOT, 'node_modules', '.cache', 'funcspec', 'bundle-size'),
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [externals],
    ...(platform === 'browser' ? {} : { mainFields: ['module', 'main'] }),
  });
  // The entry chunk and what it imports statically; with 'all', the chunks import() loads too.
  const outputs = result.metafile!.outputs;
  const wanted = new Set<string>();
  const visit = (path: string): void => {
    if (wanted.has(path)) return;
    wanted.add(path);
    for (const i of outputs[path]?.imports ?? []) if (!i.external && (loaded === 'all' || i.kind === 'import-statement')) visit(i.path);
  };
  const entry = Object.keys(outputs).find((p) => basename(p) === 'stdin.js');
  if (entry === undefined) throw new Error(`esbuild wrote no entry chunk for ${name}`);
  visit(entry);
  const chunks = result.outputFiles.filter((f) => [...wanted].some((w) => f.path.endsWith(w)));
  let minified = 0;
  let gzip = 0;
  for (const c of chunks) {
    minified += c.contents.byteLength;
    gzip += gzipSync(c.contents, { level: 9 }).byteLength;
  }
  return { name, platform, minified, gzip };
}

/** Spec folders of a generated package: those with an index.js, other than the runtime. */
function specDirs(pkg: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const dir = join(pkg, rel);
    if (rel !== '' && existsSync(join(dir, 'index.js')) && existsSync(join(dir, 'client.js'))) out.push(rel);
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory() && e.name !== 'runtime' && e.name !== 'node_modules') walk(rel === '' ? e.name : `${rel}/${e.name}`);
  };
  walk('');
  return out.sort();
}

/** The client class and its async methods, read from the generated declarations. */
function clientOf(pkg: string, spec: string): { className: string; methods: string[] } {
  const dts = readFileSync(join(pkg, spec, 'client.d.ts'), 'utf8');
  const className = /export declare class (\w+)/.exec(dts)?.[1];
  if (!className) throw new Error(`no client class in ${spec}/client.d.ts`);
  const body = dts.slice(dts.indexOf(`class ${className}`));
  const methods = [...body.matchAll(/^\s+(\w+)\(input[^)]*\): Promise</gm)].map((m) => m[1]!);
  return { className, methods };
}

/** Two `is…` validators of a spec: its first request body's and its first component schema's (by their JSDoc). */
function someValidators(pkg: string, spec: string): string[] {
  const dts = readFileSync(join(pkg, spec, 'validators.d.ts'), 'utf8');
  const found = [...dts.matchAll(/^\/\*\* (.*)\*\/\nexport declare function (is\w+)\(/gm)].map((m) => ({ doc: m[1]!, name: m[2]! }));
  const body = found.find((v) => v.name.endsWith('RequestBody')) ?? found[0];
  const schema = found.find((v) => v.doc.includes('a component schema') && v !== body);
  return [body, schema].flatMap((v) => (v ? [v.name] : []));
}

/** An application's module calling `methods`; validating, it hands the client the validators, as a bundle must. */
function appEntry(importPath: string, className: string, methods: string[], auth: string, validate = true): string {
  return [
    `import { ${className}, ${auth.split('(')[0]}${validate ? ', validators' : ''} } from ${JSON.stringify(importPath)};`,
    `const client = new ${className}({ auth: ${auth}${validate ? ', validateRequests: true, validateResponses: true, validators' : ''} });`,
    `export async function run(inputs) {`,
    ...methods.map((m, i) => `  await client.${m}(inputs[${i}]);`),
    `}`,
  ].join('\n');
}

const OFFICIAL: Array<{ name: string; needs: string[]; contents: string }> = [
  {
    name: 'official @huaweicloud/huaweicloud-sdk-functiongraph: the same 3 calls',
    needs: ['@huaweicloud/huaweicloud-sdk-functiongraph', '@huaweicloud/huaweicloud-sdk-core'],
    contents: `
      import { FunctionGraphClient, CreateFunctionRequest, UpdateFunctionConfigRequest, UpdateFunctionCodeRequest } from '@huaweicloud/huaweicloud-sdk-functiongraph';
      import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
      const client = FunctionGraphClient.newBuilder().withCredential(new BasicCredentials().withAk('ak').withSk('sk').withProjectId('p')).withEndpoint('https://functiongraph.cn-north-4.myhuaweicloud.com').build();
      export async function run(b) {
        await client.createFunction(new CreateFunctionRequest().withBody(b[0]));
        await client.updateFunctionConfig(new UpdateFunctionConfigRequest().withFunctionUrn('u').withBody(b[1]));
        await client.updateFunctionCode(new UpdateFunctionCodeRequest().withFunctionUrn('u').withBody(b[2]));
      }`,
  },
  {
    name: 'official @alicloud/fc-open20210406: UpdateFunction',
    needs: ['@alicloud/fc-open20210406', '@alicloud/openapi-client'],
    contents: `
      import FC, { UpdateFunctionRequest } from '@alicloud/fc-open20210406';
      import { Config } from '@alicloud/openapi-client';
      const client = new FC.default(new Config({ accessKeyId: 'id', accessKeySecret: 's', endpoint: '1.cn-hangzhou.fc.aliyuncs.com' }));
      export async function run(b) { await client.updateFunction('s', 'f', new UpdateFunctionRequest(b)); }`,
  },
];

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} kB`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { package: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const pkg = resolve(values.package ?? join(ROOT, 'generated'));
  if (!existsSync(join(pkg, 'package.json'))) throw new Error(`${pkg} is not a generated package; run \`npm run generate\` or pass --package DIR`);
  const rows: Row[] = [];
  const runtime = join(pkg, 'runtime');
  rows.push(await measure('runtime: send + huaweiAkSk (no client, no validators)', "export { send, huaweiAkSk } from './index.js';", runtime, 'browser'));
  rows.push(await measure('runtime: send + aliyunAcs3 (no client, no validators)', "export { send, aliyunAcs3 } from './index.js';", runtime, 'browser'));
  for (const spec of specDirs(pkg)) {
    const dir = join(pkg, spec);
    const index = `./${relative(dir, join(dir, 'index.js'))}`;
    const { className, methods } = clientOf(pkg, spec);
    rows.push(await measure(`${spec}: index.js, all exports`, `export * from ${JSON.stringify(index)};`, dir, 'browser'));
    for (const validator of someValidators(pkg, spec)) {
      rows.push(await measure(`${spec}: ${validator} alone`, `export { ${validator} } from ${JSON.stringify(index)};`, dir, 'browser', 'entry'));
    }
    const token = "headerToken('X-Auth-Token', 't')";
    const first = methods.slice(0, 1);
    rows.push(await measure(`${spec}: 1 call + header token, no validation`, appEntry(index, className, first, token, false), dir, 'browser', 'entry'));
    rows.push(await measure(`${spec}: 1 call + header token, validating`, appEntry(index, className, first, token), dir, 'browser'));
    const signer = /aliyun|alibaba|fc/i.test(spec)
      ? "aliyunAcs3({ accessKeyId: 'id', accessKeySecret: 's', version: '2021-04-06' })"
      : "huaweiAkSk({ ak: 'ak', sk: 'sk', projectId: 'p' })";
    rows.push(await measure(`${spec}: ${methods.length} call(s) + signing`, appEntry(index, className, methods, signer), dir, 'browser'));
    rows.push(await measure(`${spec}: ${methods.length} call(s) + header token`, appEntry(index, className, methods, "headerToken('X-Auth-Token', 't')"), dir, 'browser'));
  }
  for (const o of OFFICIAL) {
    if (!o.needs.every((n) => existsSync(join(ROOT, 'node_modules', n)))) {
      console.error(`(${o.name}: not installed, skipped)`);
      continue;
    }
    rows.push(await measure(o.name, o.contents, ROOT, 'node'));
  }
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'bundle'.padEnd(width)}  platform  ${'min'.padStart(9)}  ${'min+gzip'.padStart(9)}`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.platform.padEnd(8)}  ${kb(r.minified).padStart(9)}  ${kb(r.gzip).padStart(9)}   (${r.gzip} B)`);
}

await main();
