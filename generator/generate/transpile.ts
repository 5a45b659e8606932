/** JavaScript and declarations of the generated TypeScript, file by file, without a type checker. */
import { transform, transformSync, type TransformResult } from 'oxc-transform';
import { FuncspecError } from '../errors.js';

/**
 * Every exported declaration the emitters and the runtime write carries its type (what
 * `isolatedDeclarations` asks for), so neither output needs a checker: a file is parsed once per
 * output, in linear time, by oxc (on GitHub's description, 16 s of TypeScript becomes under 2 s).
 * The strict whole-package check stays available (`generate --typecheck`, type-check.ts) and the
 * tests run it on every corpus document. A declaration that cannot be emitted in isolation is a
 * funcspec bug, reported with `describe`. Files already in `done` (transpileFile) are not compiled again.
 */
export function transpilePackage(files: Map<string, string>, describe: (file: string) => string, done: Map<string, string> = new Map()): Map<string, string> {
  for (const [path, text] of files) {
    if (path.endsWith('.ts') && !path.endsWith('.d.ts') && !done.has(jsPath(path))) transpileFile(path, text, describe, done);
  }
  return new Map([...done].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function jsPath(path: string): string {
  return `${path.slice(0, -'.ts'.length)}.js`;
}

function dtsPath(path: string): string {
  return `${path.slice(0, -'.ts'.length)}.d.ts`;
}

// One parse gives both: the JavaScript, and the declarations (isolated: every export carries its type).
const OPTIONS = { target: 'es2022', sourceType: 'module', lang: 'ts', typescript: { declaration: { stripInternal: false } } } as const;

/** One file's JavaScript and declarations, into `into` (transpilePackage then leaves the file alone). */
function transpileFile(path: string, text: string, describe: (file: string) => string, into: Map<string, string>): void {
  keep(path, transformSync(path, text, OPTIONS), describe, into);
}

/**
 * transpileFile on one of libuv's threads: this thread goes on with the next file meanwhile (oxc
 * takes half a second over the types of GitHub's description). Await it before reading `into`.
 */
export async function transpileFileAsync(path: string, text: string, describe: (file: string) => string, into: Map<string, string>): Promise<void> {
  keep(path, await transform(path, text, OPTIONS), describe, into);
}

/** The JavaScript alone, for a file whose declarations are written already (transpileTypesAsync). */
const JS_ONLY = { target: 'es2022', sourceType: 'module', lang: 'ts' } as const;

/**
 * types.ts, whose declarations emit-types.ts writes out itself (8 MB on GitHub's description, all of it
 * types but the enums' value arrays): only the value arrays are compiled, into types.js after the
 * file's opening line. Compiling the whole file printed the same types again, in oxc's layout, for
 * a second of processor time and 100 MB.
 */
export async function transpileTypesAsync(
  path: string,
  { opening, declarations, values }: { opening: string; declarations: string; values: string },
  describe: (file: string) => string,
  into: Map<string, string>,
): Promise<void> {
  const out = await transform(path, values, JS_ONLY);
  const problem = out.errors[0];
  if (problem) throw new FuncspecError(`cannot compile ${path} on its own (${problem.message.slice(0, 300)}). ${describe(path)}`);
  into.set(jsPath(path), opening + layout(out.code));
  into.set(dtsPath(path), declarations);
}

function keep(path: string, out: TransformResult, describe: (file: string) => string, into: Map<string, string>): void {
  const problem = out.errors[0];
  if (problem || out.declaration === undefined) {
    throw new FuncspecError(`cannot compile ${path} on its own (${(problem?.message ?? 'no declarations').slice(0, 300)}). ${describe(path)}`);
  }
  into.set(jsPath(path), layout(out.code));
  into.set(dtsPath(path), layout(out.declaration));
}

/**
 * oxc indents with tabs and prints a doc comment's continuation lines as `* …` at the comment's
 * indentation; the shipped files read like TypeScript's own output instead: four spaces, and the
 * stars of a doc comment aligned under its opening `/**`.
 */
export function layout(code: string): string {
  let inDoc = false;
  return code
    .split('\n')
    .map((line) => {
      const indent = /^\t*/.exec(line)![0].length;
      let rest = line.slice(indent);
      if (inDoc && rest.startsWith('*')) rest = ` ${rest}`;
      if (rest.startsWith('/**')) inDoc = !rest.includes('*/');
      else if (inDoc && rest.includes('*/')) inDoc = false;
      return '    '.repeat(indent) + rest;
    })
    .join('\n');
}
