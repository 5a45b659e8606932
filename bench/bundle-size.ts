/**
 * How much a generated client weighs in an application bundle, next to the official SDKs doing the
 * same calls. Each entry is bundled with esbuild (minified, tree-shaken) and gzipped (level 9).
 *
 *   npx tsx bench/bundle-size.ts [--package DIR] [--json]
 *
 * DIR is a generated package (default: generated/). The runtime alone (transport + one signer), then
 * for every spec in it:
 *   index.js, all exports   the spec's index.js as the entry: everything it exports, kept
 *   3 calls + AK/SK         an app calling each operation, with request signing
 *   3 calls + token         the same with header-token auth only
 * and for comparison the official SDKs making the same calls (when installed as devDependencies).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

async function measure(name: string, contents: string, resolveDir: string, platform: 'browser' | 'node'): Promise<Row> {
  // Keep out Node built-ins the official SDKs pull in; their size is not the bundle's.
  const externals: Plugin = { name: 'node-builtins', setup: (b) => b.onResolve({ filter: /^node:/ }, (a) => ({ path: a.path, external: true })) };
  const result = await build({
    stdin: { contents, resolveDir, sourcefile: `${name}.js`, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [externals],
    ...(platform === 'browser' ? {} : { mainFields: ['module', 'main'] }),
  });
  const code = result.outputFiles[0]!.contents;
  return { name, platform, minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
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

function appEntry(importPath: string, className: string, methods: string[], auth: string): string {
  return [
    `import { ${className}, ${auth.split('(')[0]} } from ${JSON.stringify(importPath)};`,
    `const client = new ${className}({ auth: ${auth}, validateRequests: true, validateResponses: true });`,
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
