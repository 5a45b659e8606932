/**
 * funcspec.config.{json,ts,mjs}: found by walking up to the repository root, checked against
 * funcspec.config.schema.json whatever the form, unknown keys refused at their line with "did you mean".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILE } from '../../generator/generate/config-schema.js';
import { findConfig } from '../../generator/generate/config.js';
import { defineConfig, type FuncspecConfig } from '../../generator/generate/define-config.js';
import { generateIn, ROOT, spec, workspace, write } from './generate-support.js';

const root = workspace();

/** A project folder (a repository: it holds .git) with a spec. */
function project(name: string): string {
  const dir = join(root, name);
  write(join(dir, '.git/HEAD'), '');
  write(join(dir, 'specs/api.yaml'), spec());
  return dir;
}

function json(dir: string, config: object, name = 'funcspec.config.json'): string {
  return write(join(dir, name), `${JSON.stringify(config, null, 2)}\n`);
}

describe('finding the config', () => {
  it('walks up from a subfolder; paths in it are relative to it', async () => {
    const dir = project('walk');
    json(dir, { out: 'client', specs: [{ spec: 'specs/api.yaml' }] });
    write(join(dir, 'src/deep/keep.txt'), '');
    const result = await generateIn(join(dir, 'src/deep'), ['--silent']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(join(dir, 'client/pet-store/index.js'))).toBe(true);
  });

  it('stops at the repository root (the folder holding .git): a config above it is not used', () => {
    const outer = join(root, 'outer');
    json(outer, { specs: [{ spec: 'x.yaml' }] });
    const inner = project('outer/repo');
    expect(findConfig(join(inner, 'specs'))).toBeUndefined();
    expect(findConfig(join(root, 'outer'))).toBe(join(outer, 'funcspec.config.json'));
  });

  it('refuses two configs in one folder', async () => {
    const dir = project('two');
    json(dir, { specs: [{ spec: 'specs/api.yaml' }] });
    write(join(dir, 'funcspec.config.mjs'), 'export default { specs: [{ spec: "specs/api.yaml" }] };\n');
    const result = await generateIn(dir, []);
    expect(result.stderr).toBe('funcspec generate: funcspec.config.json: funcspec.config.json and funcspec.config.mjs are in the same folder; keep one');
    expect(result.code).toBe(2);
  });
});

describe('the JSON form', () => {
  it('an unknown key is refused at its line, with did you mean', async () => {
    // Was: `{"output": "x"}` was ignored and the package went into generated/.
    const dir = project('unknown');
    json(dir, { output: 'x', specs: [{ spec: 'specs/api.yaml' }] });
    const result = await generateIn(dir, []);
    expect(result.stderr).toBe(
      "funcspec generate: funcspec.config.json:2:3: unknown key 'output' (did you mean 'out'?); known keys: $schema, out, package, specs, regenerateCommand",
    );
    expect(result.code).toBe(2);
    expect(existsSync(join(dir, 'generated'))).toBe(false);
  });

  it.each([
    [{ specs: [{ spec: 'specs/api.yaml', clinet: 'X' }] }, /:5:7: unknown key 'clinet' \(did you mean 'client'\?\) in `specs\[0\]`/],
    [{ specs: [{ spec: 'specs/api.yaml', name: 'x' }] }, /:5:7: unknown key 'name' \(now called 'subpath'\) in `specs\[0\]`/],
    [{ package: { name: 'p', verison: '1.0.0' }, specs: [{ spec: 'specs/api.yaml' }] }, /:4:5: unknown key 'verison' \(did you mean 'version'\?\) in `package`/],
    [{ out: 3, specs: [{ spec: 'specs/api.yaml' }] }, /:2:3: `out` must be a string$/],
    [{ out: '', specs: [{ spec: 'specs/api.yaml' }] }, /:2:3: `out` must not be empty$/],
    [{ specs: [] }, /:2:3: `specs` must not be empty$/],
    [{ specs: [{ subpath: 'x' }] }, /:3:5: `specs\[0\]` needs `spec`$/],
    [{ out: 'client' }, /:1:1: the config needs `specs`$/],
  ])('%j is refused, located', async (config, message) => {
    const dir = project(`bad-${Math.random().toString(36).slice(2)}`);
    json(dir, config);
    const result = await generateIn(dir, []);
    expect(result.stderr).toMatch(new RegExp(`^funcspec generate: funcspec\\.config\\.json${message.source}`));
    expect(result.code).toBe(2);
  });

  it('accepts $schema, which points editors at the shipped schema', async () => {
    const dir = project('schema');
    json(dir, { $schema: './node_modules/funcspec/funcspec.config.schema.json', out: 'client', specs: [{ spec: 'specs/api.yaml' }] });
    expect((await generateIn(dir, ['--silent'])).code).toBe(0);
  });
});

describe('the schema', () => {
  it('is a valid JSON Schema that this repository’s config passes, and covers every key of the typed form', () => {
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')) as { properties: Record<string, { properties?: object; items?: { properties: object } }> };
    const validate = new Ajv({ strict: true }).compile(schema);
    expect(validate(JSON.parse(readFileSync(join(ROOT, 'funcspec.config.json'), 'utf8')))).toBe(true);
    // Every key of the TypeScript type, set once: the schema must accept it (and know each key).
    const full: Required<FuncspecConfig> = {
      $schema: 'x',
      out: 'o',
      package: { name: 'n', version: '1.0.0', description: 'd' },
      specs: [{ spec: 's', subpath: 'p', client: 'C' }],
      regenerateCommand: 'npm run gen',
    };
    expect(validate(full)).toBe(true);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(full).sort());
    expect(Object.keys(schema.properties.package!.properties!).sort()).toEqual(Object.keys(full.package).sort());
    expect(Object.keys(schema.properties.specs!.items!.properties).sort()).toEqual(Object.keys(full.specs[0]!).sort());
    expect(defineConfig(full)).toBe(full);
  });
});

describe('the module forms', () => {
  it('funcspec.config.ts: types are dropped (Node 20 cannot import TypeScript), the default export is the config', async () => {
    const dir = project('typescript');
    write(
      join(dir, 'funcspec.config.ts'),
      `import type { FuncspecConfig } from 'funcspec';
const subpath: string = 'typed';
const config = {
  out: 'client',
  specs: [{ spec: 'specs/api.yaml', subpath, client: 'TypedClient' as string }],
} satisfies FuncspecConfig;
export default config;
`,
    );
    const result = await generateIn(dir, ['--silent']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'client/typed/client.js'), 'utf8')).toContain('export class TypedClient ');
    expect(readFileSync(join(dir, 'client/README.md'), 'utf8')).toContain('regenerate with `funcspec generate`.');
    // The transpiled module is removed once imported.
    expect(readFileSync(join(dir, 'funcspec.config.ts'), 'utf8')).toContain('satisfies');
    expect((await import('node:fs')).readdirSync(dir).filter((f) => f.endsWith('.mjs'))).toEqual([]);
  });

  it('funcspec.config.mjs, with defineConfig-style wrapping', async () => {
    const dir = project('module');
    write(join(dir, 'funcspec.config.mjs'), `const defineConfig = (c) => c;\nexport default defineConfig({ out: 'client', specs: [{ spec: 'specs/api.yaml' }] });\n`);
    expect((await generateIn(dir, ['--silent'])).code).toBe(0);
    expect(existsSync(join(dir, 'client/pet-store/index.js'))).toBe(true);
  });

  it('an unknown key in a .ts config is refused at its line', async () => {
    const dir = project('ts-unknown');
    write(join(dir, 'funcspec.config.ts'), `export default {\n  specs: [{ spec: 'specs/api.yaml' }],\n  outDir: 'client',\n};\n`);
    const result = await generateIn(dir, []);
    expect(result.stderr).toMatch(/^funcspec generate: funcspec\.config\.ts:3:3: unknown key 'outDir' \(did you mean 'out'\?\)/);
    expect(result.code).toBe(2);
  });

  it('a .ts config with a syntax error, or without a default export', async () => {
    const dir = project('ts-broken');
    write(join(dir, 'funcspec.config.ts'), `export default {\n  specs: [{ spec: 'specs/api.yaml' }\n};\n`);
    const broken = await generateIn(dir, []);
    expect(broken.stderr).toMatch(/^funcspec generate: funcspec\.config\.ts:3:1: not valid TypeScript: /);
    expect(broken.code).toBe(2);
    write(join(dir, 'funcspec.config.ts'), `export const config = { specs: [] };\n`);
    const named = await generateIn(dir, []);
    expect(named.stderr).toMatch(/funcspec\.config\.ts: the config module has no default export/);
    expect(named.code).toBe(2);
  });
});
