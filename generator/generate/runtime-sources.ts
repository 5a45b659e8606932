/** The runtime (runtime/) as the generator ships and checks it: its sources, its exports, its auth factories. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type TS from 'typescript';
import { typescript } from './commonjs.js';

// TypeScript (`typescript()`) loads when a runtime file is first parsed, not with this module:
// generate imports it at once, and a large document's validator thread should not wait for it.

const RUNTIME_DIR = fileURLToPath(new URL('../../runtime/', import.meta.url));

/** A vendor module: `auth-<vendor>.ts`, shipped only in packages whose specs name one of its factories. */
const VENDOR_MODULE = /^auth-.+\.ts$/;

/** Every runtime source file, as TypeScript (compiled with the rest of a package). */
function allSources(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(RUNTIME_DIR).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.set(name, readFileSync(RUNTIME_DIR + name, 'utf8'));
  }
  return out;
}

/**
 * The runtime shipped inside a generated package. With `factories` (the `x-funcspec-auth` names of its
 * specs), a vendor module none of them names is left out, and so are the statements of the other
 * files that name it: its `export * from` line (index.ts), its import and its entries in array
 * literals (conventions.ts's VENDORS). With every vendor included, the files are copied unchanged.
 */
export function runtimeSources(factories?: Iterable<string>): Map<string, string> {
  const sources = allSources();
  if (factories === undefined) return sources;
  const named = new Set(factories);
  const excluded = new Set<string>();
  for (const [file, text] of sources) {
    if (VENDOR_MODULE.test(file) && !authFactoriesIn(file, text).some((f) => named.has(f))) excluded.add(file);
  }
  if (excluded.size === 0) return sources;
  // Only a file that names a left-out module can import it (a relative specifier is written out).
  const names = (text: string): boolean => [...excluded].some((file) => text.includes(`./${file.replace(/\.ts$/, '')}`));
  const out = new Map<string, string>();
  for (const [file, text] of sources) if (!excluded.has(file)) out.set(file, names(text) ? withoutModules(file, text, excluded) : text);
  return out;
}

/** Which module a relative specifier (`./auth-aliyun.js`) names, as a runtime file name. */
function moduleFile(specifier: TS.Expression | undefined): string | undefined {
  const ts = typescript();
  if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('./')) return undefined;
  return specifier.text.slice(2).replace(/\.js$/, '.ts');
}

/** `text` without its imports and re-exports of `excluded` modules, nor the names it imported from them in array literals. */
function withoutModules(file: string, text: string, excluded: Set<string>): string {
  const ts = typescript();
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const dropped = new Set<string>();
  const removeLine = (node: TS.Node): void => {
    const end = text[node.getEnd()] === '\n' ? node.getEnd() + 1 : node.getEnd();
    edits.push({ start: node.getStart(source), end, text: '' });
  };
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && excluded.has(moduleFile(statement.moduleSpecifier) ?? '')) {
      removeLine(statement);
      const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) dropped.add(element.name.text);
    }
  }
  const visit = (node: TS.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isArrayLiteralExpression(node) && node.elements.some((e) => ts.isIdentifier(e) && dropped.has(e.text))) {
      const kept = node.elements.filter((e) => !(ts.isIdentifier(e) && dropped.has(e.text)));
      edits.push({ start: node.getStart(source), end: node.getEnd(), text: `[${kept.map((e) => e.getText(source)).join(', ')}]` });
      kept.forEach(visit);
      return;
    }
    // A name of a left-out module used any other way would not compile: a funcspec bug, said as such.
    if (ts.isIdentifier(node) && dropped.has(node.text)) throw new Error(`runtime/${file} uses ${node.text} outside an array; generate cannot leave its module out`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Every name the runtime exports; generated modules re-export them, so schemas must not reuse them. */
export function runtimeExportNames(): string[] {
  const names = new Set<string>();
  for (const text of allSources().values()) {
    for (const m of text.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:class|function|interface|type|const|let|enum)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  }
  return [...names].sort();
}

const factoriesByText = new Map<string, string[]>();

/**
 * Exported functions of one file declared to return `Auth`. A file without `): Auth` declares none
 * and is not parsed: parsing the whole runtime took a fifth of a small spec's run.
 */
function authFactoriesIn(file: string, text: string): string[] {
  const ts = typescript();
  if (!/\)\s*:\s*Auth\b/.test(text)) return [];
  const known = factoriesByText.get(text);
  if (known) return known;
  const names: string[] = [];
  factoriesByText.set(text, names);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name || !statement.type) continue;
    const exported = ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
    const returnsAuth = ts.isTypeReferenceNode(statement.type) && ts.isIdentifier(statement.type.typeName) && statement.type.typeName.text === 'Auth';
    if (exported && returnsAuth) names.push(statement.name.text);
  }
  return names;
}

/**
 * The runtime's auth factories: exported functions declared to return `Auth`, as runtime/auth.ts
 * defines them. Read from the declarations, so a new vendor module needs no change here.
 */
export function runtimeAuthFactories(): string[] {
  const names = new Set<string>();
  for (const [file, text] of allSources()) for (const name of authFactoriesIn(file, text)) names.add(name);
  return [...names].sort();
}
