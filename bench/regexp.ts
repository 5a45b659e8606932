/**
 * What the linear-time pattern engine (RE2, the re2js port; generator/openapi/regexp.ts) costs next to
 * JavaScript's backtracking RegExp, on a curated spec's validators:
 *
 *   npx tsx bench/regexp.ts [SPEC]
 *
 * - bundle: the spec's standalone validators bundled (esbuild, minified) and gzipped, with each engine;
 * - validate: every documented example of the spec validated in a loop;
 * - load: compiling the spec's patterns, once, when the validators module is imported;
 * - a catastrophic pattern, `^(a+)+$` against n a's and a `!`, with each engine.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { createSpecAjv, standaloneSupport } from '../generator/openapi/ajv.js';
import { parseText } from '../generator/openapi/document.js';
import { listExamples } from '../generator/openapi/examples.js';
import { uriFragment } from '../generator/openapi/pointer.js';
import { compileSpecPattern, specRegExp } from '../generator/openapi/regexp.js';
import { registerDocument } from '../generator/openapi/validate-examples.js';

type StandaloneCode = typeof standaloneModule.default;
const standaloneCode: StandaloneCode = (standaloneModule as unknown as { default?: StandaloneCode }).default ?? (standaloneModule as unknown as StandaloneCode);

const file = process.argv[2] ?? 'spec/huaweicloud/functiongraph-v2.yaml';
const doc = parseText(readFileSync(file, 'utf8'), file).data;
const examples = listExamples(doc).filter((e) => e.schemaPointer);
const nativeRegExp: RegExpEngine = Object.assign((p: string, f: string) => new RegExp(p, f), { code: 'new RegExp' });
const engines = { RegExp: nativeRegExp, RE2: specRegExp };

function ajvFor(engine: RegExpEngine, source: boolean): ReturnType<typeof createSpecAjv> {
  const ajv = createSpecAjv(doc, { strict: false, logger: false, inlineRefs: false, code: { regExp: engine, ...(source ? { esm: true, source: true } : {}) } });
  const id = registerDocument(ajv, doc);
  examples.forEach((e, i) => ajv.addSchema({ $ref: id + uriFragment(e.schemaPointer!) }, `V${i}`));
  return ajv;
}

async function bundleSize(engine: RegExpEngine): Promise<{ minified: number; gzip: number }> {
  const ajv = ajvFor(engine, true);
  let code = standaloneCode(ajv, Object.fromEntries(examples.map((_, i) => [`V${i}`, `V${i}`])));
  code = code.replace(/require\("([^"]+)"\)/g, (_m, mod: string) => `(await import(${JSON.stringify(mod.endsWith('.js') ? mod : `${mod}.js`)})).default`);
  const support = standaloneSupport(code.replace(/^"use strict";/, ''));
  const contents = `${support.imports.join('\n')}\n${support.code}`;
  const result = await build({
    stdin: { contents, resolveDir: resolve('.'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0]!.contents;
  return { minified: out.byteLength, gzip: gzipSync(out, { level: 9 }).byteLength };
}

function time(run: () => void, repeat: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

console.log(`${file}: ${examples.length} examples with a schema\n`);
console.log('| engine | validators bundle (min) | (gzip) | validate every example ×2000 |');
console.log('|---|---|---|---|');
for (const [name, engine] of Object.entries(engines)) {
  const size = await bundleSize(engine);
  const ajv = ajvFor(engine, false);
  const validators = examples.map((_, i) => ajv.getSchema(`V${i}`)!);
  time(() => examples.forEach((e, i) => validators[i]!(e.value)), 200); // warm up
  const validateMs = time(() => examples.forEach((e, i) => validators[i]!(e.value)), 2000);
  console.log(`| ${name} | ${(size.minified / 1024).toFixed(1)} KB | ${(size.gzip / 1024).toFixed(1)} KB | ${validateMs.toFixed(0)} ms |`);
}

const patterns = [...new Set(JSON.stringify(doc).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [])].map((p) => JSON.parse(p.slice(10)) as string);
const compileAll = time(() => patterns.forEach((p) => compileSpecPattern(p)), 100) / 100;
console.log(`\nRE2: compiling the spec's ${patterns.length} patterns takes ${compileAll.toFixed(2)} ms (once, when the validators load)`);

console.log("\n`^(a+)+$` against n a's and a `!`:\n\n| n | RegExp | RE2 |\n|---|---|---|");
const evil = '^(a+)+$';
for (const n of [16, 20, 24]) {
  const input = `${'a'.repeat(n)}!`;
  const js = time(() => new RegExp(evil, 'u').test(input), 1);
  const re2 = time(() => compileSpecPattern(evil).test(input), 1);
  console.log(`| ${n} | ${js.toFixed(1)} ms | ${re2.toFixed(2)} ms |`);
}
