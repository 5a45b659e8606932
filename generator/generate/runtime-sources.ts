/** The runtime (runtime/) as the generator ships and checks it: its sources, its exports, its auth factories. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const RUNTIME_DIR = fileURLToPath(new URL('../../runtime/', import.meta.url));

/** The runtime shipped inside every generated package, as TypeScript sources (compiled with the rest). */
export function runtimeSources(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(RUNTIME_DIR).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.set(name, readFileSync(RUNTIME_DIR + name, 'utf8'));
  }
  return out;
}

/** Every name the runtime exports; generated modules re-export them, so schemas must not reuse them. */
export function runtimeExportNames(): string[] {
  const names = new Set<string>();
  for (const text of runtimeSources().values()) {
    for (const m of text.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:class|function|interface|type|const|let|enum)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  }
  return [...names].sort();
}

/**
 * The runtime's auth factories: exported functions declared to return `Auth`, as runtime/auth.ts
 * defines them. Read from the declarations, so a new vendor module needs no change here.
 */
export function runtimeAuthFactories(): string[] {
  const names = new Set<string>();
  for (const [file, text] of runtimeSources()) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    for (const statement of source.statements) {
      if (!ts.isFunctionDeclaration(statement) || !statement.name || !statement.type) continue;
      const exported = ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
      const returnsAuth = ts.isTypeReferenceNode(statement.type) && ts.isIdentifier(statement.type.typeName) && statement.type.typeName.text === 'Auth';
      if (exported && returnsAuth) names.add(statement.name.text);
    }
  }
  return [...names].sort();
}
