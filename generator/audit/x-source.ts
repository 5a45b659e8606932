/**
 * `x-source` audit (spec/CONVENTIONS.md): which nodes must carry it, and whether each citation
 * resolves to a table or section of a page, or to an SDK source the errata register quotes.
 */
import type { ParsedPage } from '../pages/page-table.js';
import { resolvePageCitation } from '../pages/parse-page.js';
import { parseCitation, xSourceList } from '../register/citation.js';
import { listOperationSites, listParameters, listSchemas, listSecuritySchemes, listXSourceValues } from '../openapi/sites.js';

export interface XSourceProblem {
  pointer: string;
  message: string;
}

export type SourcedNodeKind = 'operation' | 'component schema' | 'property' | 'parameter' | 'security scheme';

/**
 * The nodes that must carry `x-source`: operations, component schemas, every property defined at
 * any depth (inline objects, items, allOf branches, ...), parameters, security schemes. A property
 * inside a condition (`anyOf`/`not`/`if` branch) that only restates a field its object already
 * defines is not a definition and is exempt; a property a branch adds is not.
 */
export function listSourcedNodes(doc: unknown): Array<{ pointer: string; kind: SourcedNodeKind; node: unknown }> {
  const out: Array<{ pointer: string; kind: SourcedNodeKind; node: unknown }> = [];
  for (const o of listOperationSites(doc)) out.push({ pointer: o.pointer, kind: 'operation', node: o.operation });
  for (const s of listSchemas(doc)) {
    if (s.componentName !== undefined) out.push({ pointer: s.pointer, kind: 'component schema', node: s.schema });
    // A property that only restates, as a condition, a field its object defines is not a field.
    if (s.property && !s.property.restates) out.push({ pointer: s.pointer, kind: 'property', node: s.schema });
  }
  for (const p of listParameters(doc)) out.push({ pointer: p.pointer, kind: 'parameter', node: p.parameter });
  for (const s of listSecuritySchemes(doc)) out.push({ pointer: s.pointer, kind: 'security scheme', node: s.scheme });
  return out;
}

/** Every operation, component schema, property, parameter and security scheme has an `x-source`. */
export function checkXSourcePresence(doc: unknown): XSourceProblem[] {
  const problems: XSourceProblem[] = [];
  for (const n of listSourcedNodes(doc)) {
    if (xSourceList(n.node)) continue;
    const raw = (n.node as Record<string, unknown>)['x-source'];
    problems.push({
      pointer: n.pointer,
      message: raw === undefined ? `${n.kind} has no x-source` : `${n.kind} has an x-source that is not a string or a non-empty list of strings: ${JSON.stringify(raw)}`,
    });
  }
  return problems;
}

/**
 * Every `x-source` in the document (wherever it is) is a string or a non-empty list of strings, and
 * each citation is `"<page> <table label or section heading>"` of an existing page, or
 * `"sdk <npm package> <symbol>"` for a package the errata register quotes (`sdkPackages`).
 */
export function checkCitations(doc: unknown, pages: ReadonlyMap<string, ParsedPage>, sdkPackages: ReadonlySet<string>): XSourceProblem[] {
  const problems: XSourceProblem[] = [];
  for (const { pointer, value } of listXSourceValues(doc)) {
    const list = xSourceList({ 'x-source': value });
    if (!list) {
      problems.push({ pointer, message: `x-source must be a string or a non-empty list of strings, not ${JSON.stringify(value)}` });
      continue;
    }
    for (const raw of list) {
      const c = parseCitation(raw);
      if (c.kind === 'invalid') {
        problems.push({ pointer, message: `"${raw}" is neither "<page> <table>" (e.g. "004 表3") nor "sdk <npm package> <symbol>"` });
      } else if (c.kind === 'sdk') {
        if (!sdkPackages.has(c.pkg))
          problems.push({ pointer, message: `"${raw}": SDK package ${c.pkg} is not listed in the errata register (no entry names "sdk ${c.pkg} <symbol>")` });
      } else if (!pages.has(c.page)) {
        problems.push({ pointer, message: `"${raw}": there is no page ${c.page} in the docs` });
      } else if (!resolvePageCitation(pages, c.page, c.ref)) {
        const labels =
          pages
            .get(c.page)
            ?.tables.map((t) => t.label)
            .join(', ') ?? '';
        problems.push({ pointer, message: `"${raw}": page ${c.page} has no table or section "${c.ref}" (tables: ${labels})` });
      }
    }
  }
  return problems;
}
