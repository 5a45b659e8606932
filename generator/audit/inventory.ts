/**
 * Page-to-spec inventory: every field of every parameter table of a page must appear in the spec,
 * at a place that cites the table, as the right kind of thing (path parameter, header, body
 * property), unless the errata register waives it under `omits`.
 *
 * A field counts as present for table T (citation `"<page> <label>"`) when the spec has:
 * - for a body table: a property of that name whose own `x-source` cites T, or which belongs to a
 *   schema whose `x-source` cites T (the component/inline schema transcribing the table);
 * - for a path / query table: an `in: path` / `in: query` parameter of that name citing T;
 * - for a request header table: an `in: header` parameter or an `apiKey` security scheme sent in
 *   that header, citing T;
 * - for a response header table: a response header of that name citing T.
 * A row whose name cell the capture lost (003) counts as present when the property named by the
 * row above it has `items` or `additionalProperties` citing T.
 */
import { isObj, type Obj } from '../openapi/json.js';
import { listParameters, listResponseHeaders, listSchemas, listSecuritySchemes, listXSourceValues } from '../openapi/sites.js';
import type { PageRow, PageTable, ParsedPage } from '../pages/page-table.js';
import { pageCitations as pageCitationsOf } from '../register/citation.js';
import { registerOmits, type ErrataRegister } from '../register/errata.js';

/**
 * Which spec documents (paths relative to `spec/`) transcribe each page: those whose `x-source`
 * values cite it anywhere. Page ids and documents in sorted order.
 */
export function documentsByPage(docs: ReadonlyMap<string, unknown>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const file of [...docs.keys()].sort())
    for (const { value } of listXSourceValues(docs.get(file)))
      for (const c of pageCitationsOf({ 'x-source': value })) {
        let files = out.get(c.page);
        if (!files) out.set(c.page, (files = new Set()));
        files.add(file);
      }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)).map(([page, files]) => [page, [...files]]));
}

/** What a name was found as. */
export type NameKind = 'property' | 'param:path' | 'param:query' | 'param:header' | 'param:cookie' | 'security:header' | 'security:query' | 'security:cookie' | 'response-header';

export interface CitedNames {
  /** citation -> kind -> names */
  names: Map<string, Map<NameKind, Set<string>>>;
  /** citation -> property name -> property schemas (for the nameless-row rule) */
  properties: Map<string, Map<string, Obj[]>>;
}

function add(into: CitedNames, citation: string, kind: NameKind, name: string): void {
  let byKind = into.names.get(citation);
  if (!byKind) into.names.set(citation, (byKind = new Map()));
  let set = byKind.get(kind);
  if (!set) byKind.set(kind, (set = new Set()));
  set.add(name);
}

function pageCitations(node: unknown): string[] {
  return pageCitationsOf(node).map((c) => c.raw);
}

/** Collect, per page citation, the names the document places under it. */
export function collectCitedNames(doc: unknown, into: CitedNames = { names: new Map(), properties: new Map() }): CitedNames {
  for (const site of listSchemas(doc)) {
    if (!site.property) continue;
    const { name, parent } = site.property;
    const cites = new Set([...pageCitations(parent), ...pageCitations(site.schema)]);
    for (const c of cites) {
      add(into, c, 'property', name);
      let byName = into.properties.get(c);
      if (!byName) into.properties.set(c, (byName = new Map()));
      byName.set(name, [...(byName.get(name) ?? []), site.schema]);
    }
  }
  for (const { parameter } of listParameters(doc)) {
    if (typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
    for (const c of pageCitations(parameter)) add(into, c, `param:${parameter.in}` as NameKind, parameter.name);
  }
  for (const { scheme } of listSecuritySchemes(doc)) {
    if (scheme.type !== 'apiKey' || typeof scheme.name !== 'string' || typeof scheme.in !== 'string') continue;
    for (const c of pageCitations(scheme)) add(into, c, `security:${scheme.in}` as NameKind, scheme.name);
  }
  for (const { name, header } of listResponseHeaders(doc)) for (const c of pageCitations(header)) add(into, c, 'response-header', name);
  return into;
}

/** The kinds of spec node that can carry a field of this table. */
export function acceptedKinds(table: PageTable): NameKind[] {
  switch (table.kind) {
    case 'path':
      return ['param:path'];
    case 'query':
      return ['param:query'];
    case 'header':
      return table.direction === 'response' ? ['response-header'] : ['param:header', 'security:header'];
    case 'body':
      return ['property'];
  }
}

const KIND_WORDS: Record<NameKind, string> = {
  property: 'a property',
  'param:path': 'an in: path parameter',
  'param:query': 'an in: query parameter',
  'param:header': 'an in: header parameter',
  'param:cookie': 'an in: cookie parameter',
  'security:header': 'an apiKey security scheme in header',
  'security:query': 'an apiKey security scheme in query',
  'security:cookie': 'an apiKey security scheme in cookie',
  'response-header': 'a response header',
};

export interface InventoryProblem {
  page: string;
  table: string;
  field: string;
  line: number;
  message: string;
}

export function formatProblem(p: InventoryProblem): string {
  return `${p.page} ${p.table} (line ${p.line}) ${p.field === '' ? '<nameless row>' : p.field}: ${p.message}`;
}

function namelessCovered(table: PageTable, prev: PageRow | undefined, cited: CitedNames): boolean {
  if (!prev) return false;
  const citation = `${table.page} ${table.label}`;
  const props = cited.properties.get(citation)?.get(prev.field) ?? [];
  return props.some((p) => [p.items, p.additionalProperties].some((sub) => isObj(sub) && pageCitations(sub).includes(citation)));
}

/**
 * Check one page against the names collected from the documents that transcribe it. Returns every
 * unexplained field, every stale or misplaced waiver, and fields found only as the wrong kind.
 */
export function checkPageInventory(page: ParsedPage, cited: CitedNames, register: ErrataRegister): InventoryProblem[] {
  const problems: InventoryProblem[] = [];
  const omits = registerOmits(register).filter((o) => o.omit.page === page.page);
  for (const table of page.tables) {
    const citation = `${page.page} ${table.label}`;
    const byKind = cited.names.get(citation);
    const kinds = acceptedKinds(table);
    const has = (field: string): boolean => kinds.some((k) => byKind?.get(k)?.has(field));
    const waived = new Map(omits.filter((o) => o.omit.table === table.label).map((o) => [o.omit.field, o.entry] as const));
    let prevNamed: PageRow | undefined;
    for (const row of table.rows) {
      const base = { page: page.page, table: table.label, field: row.field, line: row.line };
      if (row.field === '') {
        if (!namelessCovered(table, prevNamed, cited))
          problems.push({
            ...base,
            message: `row without a name (type ${row.type ?? '?'}) after ${prevNamed ? `"${prevNamed.field}"` : 'nothing'}: expected items or additionalProperties of property "${prevNamed?.field ?? ''}" citing "${citation}"`,
          });
        continue;
      }
      prevNamed = row;
      const present = has(row.field);
      const waiver = waived.get(row.field);
      if (present && waiver) {
        problems.push({ ...base, message: `stale waiver: ${waiver.id} (${waiver.file}:${waiver.line}) omits it, but the spec has it` });
      } else if (!present && !waiver) {
        const elsewhere = [...(byKind?.entries() ?? [])].filter(([k, s]) => !kinds.includes(k) && s.has(row.field)).map(([k]) => KIND_WORDS[k]);
        const want = kinds.map((k) => KIND_WORDS[k]).join(' or ');
        problems.push({
          ...base,
          message: elsewhere.length
            ? `found only as ${elsewhere.join(', ')} citing "${citation}"; a ${table.kind} table's field must be ${want}`
            : `not in the spec as ${want} citing "${citation}", and not in the register's omits`,
        });
      }
    }
    for (const [field, entry] of waived)
      if (!table.rows.some((r) => r.field === field))
        problems.push({
          page: page.page,
          table: table.label,
          field,
          line: table.line,
          message: `waiver ${entry.id} (${entry.file}:${entry.line}) names a field the table does not have`,
        });
  }
  for (const { omit, entry } of omits)
    if (!page.tables.some((t) => t.label === omit.table))
      problems.push({
        page: page.page,
        table: omit.table,
        field: omit.field,
        line: 0,
        message: `waiver ${entry.id} (${entry.file}:${entry.line}) names a table page ${page.page} does not have`,
      });
  return problems;
}
