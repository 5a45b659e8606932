/**
 * Security requirements: a `security` list is a set of alternatives, each naming the schemes a call
 * must satisfy together. A requirement is identified by its scheme names (`a + b`; `{}` is
 * anonymous access), and within a requirement each scheme's scopes are compared.
 */
import { appendPointer } from '../openapi/pointer.js';
import type { Fact } from './model.js';
import { isObj } from '../openapi/json.js';
import { type Located } from '../openapi/refs.js';

interface Requirement {
  key: string;
  ptr: string;
  scopes: Map<string, string[]>;
}

function requirements(list: Located): Map<string, Requirement> {
  const out = new Map<string, Requirement>();
  if (!Array.isArray(list.value)) return out;
  list.value.forEach((req, i) => {
    if (!isObj(req)) return;
    const names = Object.keys(req).sort();
    const scopes = new Map(names.map((n) => [n, Array.isArray(req[n]) ? (req[n] as unknown[]).filter((s): s is string => typeof s === 'string') : []]));
    const key = names.length === 0 ? '(anonymous)' : names.join(' + ');
    out.set(key, { key, ptr: appendPointer(list.ptr, i), scopes });
  });
  return out;
}

export function compareSecurity(
  scope: { emit(f: Fact): void },
  base: Located,
  revision: Located,
  site: 'security' | 'global-security',
  at: { method: string; path: string },
): void {
  // An absent list and an empty one both mean "nothing declared here" for this comparison.
  const b = requirements(base);
  const r = requirements(revision);
  const fact = { ...at, site, direction: 'none' as const };
  const near = (n: Located, fallback: string): string => (n.value === undefined ? fallback : n.ptr);
  const parentOf = (n: Located): string => n.ptr.slice(0, n.ptr.lastIndexOf('/'));
  for (const [key, req] of b) {
    if (!r.has(key)) scope.emit({ ...fact, kind: 'removed', subject: key, from: key, basePointer: req.ptr, revisionPointer: near(revision, parentOf(revision)) });
  }
  for (const [key, req] of r) {
    const before = b.get(key);
    if (!before) {
      scope.emit({ ...fact, kind: 'added', subject: key, to: key, basePointer: near(base, parentOf(base)), revisionPointer: req.ptr });
      continue;
    }
    for (const [scheme, scopes] of req.scopes) {
      const was = before.scopes.get(scheme) ?? [];
      for (const s of was)
        if (!scopes.includes(s))
          scope.emit({ ...fact, kind: 'scope-removed', subject: scheme, from: s, basePointer: appendPointer(before.ptr, scheme), revisionPointer: appendPointer(req.ptr, scheme) });
      for (const s of scopes)
        if (!was.includes(s))
          scope.emit({ ...fact, kind: 'scope-added', subject: scheme, to: s, basePointer: appendPointer(before.ptr, scheme), revisionPointer: appendPointer(req.ptr, scheme) });
    }
  }
}
