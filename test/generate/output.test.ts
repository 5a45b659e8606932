/** What generate writes is reproducible: the same bytes every run, no absolute paths, no timestamps. */
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePackage } from '../../generator/generate/pipeline.js';
import { listFiles, OUTPUT_MARKER, OUTPUT_MARKER_TEXT, staleFiles, writeAtomically } from '../../generator/generate/write.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const fixture = 'test/fixtures/petstore-3.1.yaml';
const dir = tempDir();

describe('generate output', () => {
  it('is byte-identical across runs and holds no absolute paths or timestamps', async () => {
    const options = { specs: [{ file: fixture, name: 'pets' }], package: { name: 'pets-api', version: '1.0.0' } };
    const first = await generatePackage(options);
    const second = await generatePackage(options);
    expect([...second]).toEqual([...first]);
    for (const [path, text] of first) {
      expect(text, path).not.toContain(process.cwd());
      expect(text, path).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:\d\d/);
    }
  });

  it('is an npm package with one subpath export per spec, types first', async () => {
    const files = await generatePackage({ specs: [{ file: fixture, name: 'acme/pets' }], package: { name: 'pets-api', version: '1.0.0' } });
    const pkg = JSON.parse(files.get('package.json')!) as Record<string, unknown>;
    // Dependencies are exactly the packages the generated validators import: this spec uses no format and no pattern.
    expect(pkg).toMatchObject({ name: 'pets-api', type: 'module', sideEffects: false, dependencies: { ajv: expect.any(String) } });
    expect(Object.keys(pkg.dependencies as object)).toEqual(['ajv']);
    const exports = pkg.exports as Record<string, Record<string, string>>;
    expect(Object.keys(exports['./acme/pets']!)).toEqual(['types', 'default']);
    expect(files.has('acme/pets/index.d.ts')).toBe(true);
    // Validators are precompiled: the shipped code never constructs Ajv.
    const validators = files.get('acme/pets/validators.raw.js')!;
    expect(validators).not.toMatch(/new Ajv|ajv\.compile|from "ajv"/);
    // The body is a `$ref` to Pet: one function, exported under both names.
    expect(validators).toMatch(/export const Pet = \/\*#__PURE__\*\/ specGuard\(validate\d+\);\nexport \{ Pet as UpdatePetRequestBody, /);
  });

  it('--check passes when fresh and names every stale file otherwise', async () => {
    const out = join(dir, 'check');
    expect((await runCli(['generate', '--spec', fixture, '--out', out])).code).toBe(0);
    expect(await runCli(['generate', '--spec', fixture, '--out', out, '--check', '--silent'])).toMatchObject({ code: 0, stderr: '' });

    writeFileSync(join(out, 'pets/types.d.ts'), '// edited by hand\n');
    writeFileSync(join(out, 'stray.js'), '');
    rmSync(join(out, 'README.md'));
    const before = await listFiles(out);
    const stale = await runCli(['generate', '--spec', fixture, '--out', out, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`${out}/pets/types.d.ts`);
    expect(stale.stderr).toContain(`${out}/stray.js`);
    expect(stale.stderr).toContain(`${out}/README.md`);
    expect(stale.stderr).not.toContain('client.js');
    expect(await listFiles(out)).toEqual(before); // --check writes nothing
  });

  it('replaces the output directory as a whole', async () => {
    const out = join(dir, 'atomic');
    await writeAtomically(
      out,
      new Map([
        ['old.txt', 'old'],
        ['keep/a.txt', 'a'],
      ]),
    );
    await writeAtomically(out, new Map([['keep/a.txt', 'b']]));
    // The marker is always written: it is what lets the next run replace the folder.
    expect(await listFiles(out)).toEqual([OUTPUT_MARKER, 'keep/a.txt']);
    expect(readFileSync(join(out, 'keep/a.txt'), 'utf8')).toBe('b');
    expect(
      await staleFiles(
        out,
        new Map([
          [OUTPUT_MARKER, OUTPUT_MARKER_TEXT],
          ['keep/a.txt', 'b'],
        ]),
      ),
    ).toEqual([]);
  });

  it('carries a node_modules/ of the previous output over, links and all, and leaves no temporary folder', async () => {
    const out = join(dir, 'with-modules');
    await writeAtomically(out, new Map([['old.txt', 'old']]));
    mkdirSync(join(out, 'node_modules', 'ajv'), { recursive: true });
    writeFileSync(join(out, 'node_modules', 'ajv', 'package.json'), '{}');
    symlinkSync('../old.txt', join(out, 'node_modules', 'linked'));
    await writeAtomically(out, new Map([['new.txt', 'new']]));
    expect(await listFiles(out)).toEqual([OUTPUT_MARKER, 'new.txt']);
    expect(readFileSync(join(out, 'node_modules', 'ajv', 'package.json'), 'utf8')).toBe('{}');
    expect(readlinkSync(join(out, 'node_modules', 'linked'))).toBe('../old.txt');
    expect(readdirSync(dir).filter((name) => name.includes('funcspec-'))).toEqual([]);
  });
});
