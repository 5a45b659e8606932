/** generate loads one TypeScript and no second Redocly: openapi-typescript is handed the TypeScript ts-morph bundles and stand-ins for its Redocly modules, and nobody else is. */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');

// In a fresh process: vitest's own may have loaded the `typescript` package already.
const script = `
import { createRequire } from 'node:module';
import { openapiTypeNodes } from './generator/generate/openapi-types.ts';
import { nameSchemaTypes } from './generator/generate/named-types.ts';
import { typescript } from './generator/generate/commonjs.ts';
const require = createRequire(import.meta.url);
const loaded = () => Object.keys(require.cache).filter((p) => /[\\\\/]typescript\\.js$/.test(p)).map((p) => p.replace(/.*node_modules[\\\\/]/, ''));
const types = nameSchemaTypes(openapiTypeNodes({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { A: { type: 'string' } } } }), []).text;
const during = loaded();
const own = require('typescript');
const ownRedocly = Object.keys(require.cache).some((p) => /openapi-typescript[\\/]node_modules[\\/]@redocly[\\/]/.test(p));
console.log(JSON.stringify({ types, during, ownRedocly, ours: typescript().version, theirs: own.version, after: loaded() }));
`;

describe('one TypeScript per run', () => {
  it("renders openapi-typescript's types with ts-morph's TypeScript, and leaves `require('typescript')` to everyone else", () => {
    const out = JSON.parse(execFileSync(process.execPath, [tsx, '--input-type=module', '-e', script], { encoding: 'utf8' })) as {
      types: string;
      during: string[];
      ownRedocly: boolean;
      ours: string;
      theirs: string;
      after: string[];
    };
    expect(out.types).toContain('A: string;');
    expect(out.during).toEqual(['@ts-morph/common/dist/typescript.js']);
    // openapi-typescript's own Redocly 1.x serves its openapiTS entry point, which funcspec does not call,
    // and two pointer helpers, which funcspec gives it (ots-ref-utils.ts): no file of it loads.
    expect(out.ownRedocly).toBe(false);
    expect(out.theirs).toMatch(/^5\./);
    expect(out.ours).not.toBe(out.theirs);
    expect(out.after).toHaveLength(2);
  });
});
