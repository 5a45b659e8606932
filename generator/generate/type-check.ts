/** The strict whole-package type-check of the generated TypeScript, in memory (`generate --typecheck`, and the tests). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { FuncspecError } from '../errors.js';

/**
 * The strictest flags a consumer might use. An error here means the generator met a construct it
 * does not render correctly, reported against the spec it came from.
 */
export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.esnext.disposable.d.ts'],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  declaration: true,
  // TypeScript's own lib files need no checking on every run (it more than halves the time of a
  // small spec); the declarations we emit are checked with skipLibCheck off by the consumer test.
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  isolatedModules: true,
};

const ROOT = '/pkg/';
const LIB_DIR = dirname(createRequire(import.meta.url).resolve('typescript'));
// Parsing lib.dom.d.ts dominates a small compile; parsed lib files are immutable, so share them.
const libCache = new Map<string, ts.SourceFile>();

function createHost(files: Map<string, string>): ts.CompilerHost {
  const virtual = (name: string): string | undefined => (name.startsWith(ROOT) ? files.get(name.slice(ROOT.length)) : undefined);
  const isLib = (name: string): boolean => name.startsWith(LIB_DIR);
  return {
    getSourceFile(name, languageVersion) {
      const text = virtual(name);
      if (text !== undefined) return ts.createSourceFile(name, text, languageVersion, true);
      if (!isLib(name)) return undefined;
      let cached = libCache.get(name);
      if (!cached) {
        cached = ts.createSourceFile(name, readFileSync(name, 'utf8'), languageVersion, true);
        libCache.set(name, cached);
      }
      return cached;
    },
    getDefaultLibFileName: (options) => join(LIB_DIR, ts.getDefaultLibFileName(options)),
    getDefaultLibLocation: () => LIB_DIR,
    // Checked only: the shipped files come from transpile.ts.
    writeFile: () => undefined,
    getCurrentDirectory: () => ROOT,
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => virtual(name) !== undefined || name === `${ROOT}package.json` || (isLib(name) && ts.sys.fileExists(name)),
    readFile: (name) => (name === `${ROOT}package.json` ? '{"type":"module"}' : (virtual(name) ?? (isLib(name) ? ts.sys.readFile(name) : undefined))),
    directoryExists: (name) => name.startsWith(ROOT.slice(0, -1)) || name.startsWith(LIB_DIR),
    getDirectories: () => [],
  };
}

/**
 * Type-check the package's sources. An error is a FuncspecError: located in the spec when `locate`
 * can tell where the construct behind it is (by the file and position in the generated sources),
 * else naming the file with `describe`.
 */
export function typeCheckPackage(
  files: Map<string, string>,
  describe: (file: string) => string,
  locate?: (file: string, source: ts.SourceFile, position: number, message: string) => FuncspecError | undefined,
): void {
  const roots = [...files.keys()].filter((p) => p.endsWith('.ts')).map((p) => ROOT + p);
  const program = ts.createProgram({ rootNames: roots, options: COMPILER_OPTIONS, host: createHost(files) });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const first = diagnostics[0];
  if (first?.file && first.start !== undefined && locate) {
    const file = first.file.fileName.replace(ROOT, '');
    const line = first.file.getLineAndCharacterOfPosition(first.start).line + 1;
    const text = ts.flattenDiagnosticMessageText(first.messageText, ' ').slice(0, 300);
    const located = locate(file, first.file, first.start, `the generated types for this do not type-check (${file}:${line}: ${text}); please report the construct`);
    if (located) throw located;
  }
  if (diagnostics.length > 0) {
    const shown = diagnostics.slice(0, 3).map((d) => {
      const where = d.file ? d.file.fileName.replace(ROOT, '') : '';
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : undefined;
      return `  ${where}${line ? `:${line}` : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 300)}`;
    });
    const firstFile = diagnostics[0]?.file?.fileName.replace(ROOT, '') ?? '';
    throw new FuncspecError(`generated code does not type-check (${diagnostics.length} error(s)). ${describe(firstFile)}\n${shown.join('\n')}`);
  }
}
