import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
