import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, ts } from 'ts-morph';
import { FuncspecError } from '../errors.js';

/**
 * The package ships JavaScript and declarations, so consumers need no TypeScript loader. The sources
 * are type-checked first with the strictest flags a consumer might use; an error here means the
 * generator met a construct it does not render correctly, reported against the spec it came from.
 */
export const COMPILER_OPTIONS = {
  target: ScriptTarget.ES2022,
  module: ModuleKind.NodeNext,
  moduleResolution: ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.esnext.disposable.d.ts'],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  declaration: true,
  skipLibCheck: false,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  isolatedModules: true,
} satisfies ts.CompilerOptions;

export function compilePackage(files: Map<string, string>, describe: (file: string) => string): Map<string, string> {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: COMPILER_OPTIONS });
  // NodeNext decides module format from the nearest package.json.
  project.getFileSystem().writeFileSync('/pkg/package.json', '{"type":"module"}');
  for (const [path, text] of files) {
    if (path.endsWith('.ts')) project.createSourceFile(`/pkg/${path}`, text, { overwrite: true });
  }
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    const shown = diagnostics.slice(0, 3).map((d) => {
      const where = d.getSourceFile()?.getFilePath().replace(/^\/pkg\//, '') ?? '';
      const line = d.getLineNumber();
      const text = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ").slice(0, 300);
      return `  ${where}${line ? `:${line}` : ''}: ${text}`;
    });
    const firstFile = diagnostics[0]?.getSourceFile()?.getFilePath().replace(/^\/pkg\//, '') ?? '';
    throw new FuncspecError(`generated code does not type-check (${diagnostics.length} error(s)). ${describe(firstFile)}\n${shown.join('\n')}`);
  }
  const out = new Map<string, string>();
  for (const file of project.emitToMemory().getFiles()) out.set(file.filePath.replace(/^\/pkg\//, ''), file.text);
  return out;
}
