/** generate on third-party documents (@readme/oas-examples): it compiles, or stops with one located error. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FuncspecError } from '../../generator/errors.js';
import { generatePackage } from '../../generator/generate/pipeline.js';
import { COMPILER_OPTIONS } from '../../generator/generate/type-check.js';
import { tempDir } from '../helpers/tmp.js';

const require = createRequire(import.meta.url);
const examplesDir = dirname(require.resolve('@readme/oas-examples/package.json'));
const documents = ['3.0', '3.1'].flatMap((v) =>
  readdirSync(join(examplesDir, v, 'json'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => relative(process.cwd(), join(examplesDir, v, 'json', f))),
);

/**
 * Any OpenAPI 3.0/3.1 document either yields a package that type-checks under the strict flags
 * (generatePackage with `typeCheck` checks it and throws otherwise), or stops with one FuncspecError that names
 * the file and, for problems in the document, the line and column.
 */
describe('generate on third-party documents (@readme/oas-examples)', () => {
  const outcomes: Record<string, string> = {};
  // The declaration files each package ships, written out to be checked together as a consumer would.
  const shipped = tempDir();
  const declarationFiles: string[] = [];

  it.each(documents)('%s', async (file) => {
    try {
      const files = await generatePackage({ specs: [{ file, name: 'api' }], package: { name: 'api', version: '0.0.0' }, typeCheck: true });
      expect(files.get('api/index.d.ts')).toBeDefined();
      outcomes[file] = 'generated';
      const root = join(shipped, String(documents.indexOf(file)));
      mkdirSync(root);
      writeFileSync(join(root, 'package.json'), '{"type":"module"}');
      for (const [path, text] of files) {
        if (!path.endsWith('.d.ts')) continue;
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
        declarationFiles.push(join(root, path));
      }
    } catch (err) {
      expect(err).toBeInstanceOf(FuncspecError);
      const message = (err as FuncspecError).format();
      expect(message.split('\n')[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `));
      outcomes[file] = message.split('\n')[0]!;
    }
  });

  it('generates most of them (the rest are invalid documents or known-unsupported constructs)', () => {
    const generated = Object.values(outcomes).filter((o) => o === 'generated').length;
    expect(Object.keys(outcomes)).toHaveLength(documents.length);
    expect(generated).toBeGreaterThanOrEqual(45);
  });

  // types.d.ts is written by the generator itself, not by a compiler: it must hold up under a consumer's strictest flags.
  it('ships declaration files that type-check with skipLibCheck off', () => {
    expect(declarationFiles.filter((f) => f.endsWith('/types.d.ts')).length).toBeGreaterThanOrEqual(45);
    const program = ts.createProgram(declarationFiles, { ...COMPILER_OPTIONS, skipLibCheck: false, noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(errors).toEqual([]);
  });
});
