/**
 * funcspec.config.ts and .mjs: the module's default export is the config. A .ts config is transpiled
 * with TypeScript (the copy ts-morph bundles, see commonjs.ts; types dropped, nothing checked) into
 * a temporary .mjs beside it, so that Node 20, which cannot import TypeScript, loads it, and its
 * imports (`funcspec`, other packages, .js files) resolve from the config's folder as they would
 * from the config itself. The temporary file is removed as soon as it is imported.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type TS from 'typescript';
import { FuncspecError } from '../errors.js';
import { parsePointer } from '../openapi/pointer.js';
import { typescript as loadTypescript } from './commonjs.js';

// Loaded with the first .ts/.mjs config: TypeScript is a second's load every other run need not pay.
let ts: typeof TS;

export interface ModuleConfig {
  data: unknown;
  /** 1-based line and column of the value (or key) a JSON pointer addresses, as far as the source shows it. */
  locate(ptr: string): { line: number; column: number };
}

/** Module configs load afresh each time (watch mode re-reads them): a new URL is a new module. */
let generation = 0;

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
}

export async function loadModuleConfig(path: string, file: string): Promise<ModuleConfig> {
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new FuncspecError(`cannot read (${err.code ?? 'error'})`, { file });
  });
  ts ??= loadTypescript();
  const typescript = path.endsWith('.ts');
  const output = ts.transpileModule(text, {
    fileName: path,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, sourceMap: false, allowJs: true },
  });
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, typescript ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const syntax = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntax) {
    const { line, character } = source.getLineAndCharacterOfPosition(syntax.start ?? 0);
    const why = ts.flattenDiagnosticMessageText(syntax.messageText, ' ');
    throw new FuncspecError(`not valid ${typescript ? 'TypeScript' : 'JavaScript'}: ${why}`, { file, line: line + 1, column: character + 1 });
  }
  let target = path;
  let temporary: string | undefined;
  if (typescript) {
    temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
    await writeFile(temporary, output.outputText, { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
      throw new FuncspecError(`cannot write the transpiled config beside it (${err.code ?? 'error'}); use funcspec.config.mjs or .json here`, { file });
    });
    target = temporary;
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(`${pathToFileURL(target).href}${temporary ? '' : `?funcspec=${++generation}`}`)) as Record<string, unknown>;
  } catch (err) {
    throw new FuncspecError(`cannot load the config: ${firstLine(err)}`, { file });
  } finally {
    if (temporary) await rm(temporary, { force: true });
  }
  if (!('default' in module)) throw new FuncspecError('the config module has no default export (export default defineConfig({ … }))', { file });
  return { data: module.default, locate: (ptr) => locateIn(source, ptr) };
}

/** `defineConfig(x)`, `x satisfies T`, `(x)`, `x as T` → x; a name → what it was declared as. */
function unwrap(source: TS.SourceFile, node: TS.Expression | undefined): TS.Expression | undefined {
  for (let i = 0; node && i < 10; i++) {
    if (ts.isCallExpression(node)) node = node.arguments[0];
    else if (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isTypeAssertionExpression(node)) node = node.expression;
    else if (ts.isIdentifier(node)) {
      const name = node.text;
      let found: TS.Expression | undefined;
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) found = d.initializer;
      }
      node = found;
    } else return node;
  }
  return node;
}

function propertyName(name: TS.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/** Follow `ptr` through the object and array literals of the default export; the nearest node found is where it points. */
function locateIn(source: TS.SourceFile, ptr: string): { line: number; column: number } {
  const exported = source.statements.find(ts.isExportAssignment);
  let best: TS.Node = exported ?? source;
  let node = unwrap(source, exported?.expression);
  for (const token of parsePointer(ptr)) {
    if (node && ts.isObjectLiteralExpression(node)) {
      const property = node.properties.find((p) => p.name !== undefined && propertyName(p.name) === token);
      if (!property) break;
      best = property;
      node = ts.isPropertyAssignment(property) ? unwrap(source, property.initializer) : undefined;
    } else if (node && ts.isArrayLiteralExpression(node)) {
      const element = node.elements[Number(token)];
      if (!element) break;
      best = element;
      node = unwrap(source, element);
    } else break;
  }
  const { line, character } = source.getLineAndCharacterOfPosition(best.getStart(source));
  return { line: line + 1, column: character + 1 };
}
