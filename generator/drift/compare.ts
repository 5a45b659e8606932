/**
 * The comparison proper: a draft operation (read from a page) against the curated operation. One
 * walk over the page's parts; at each field, one check per kind of fact (field-checks.ts). Fields
 * the spec has and the page does not are reported only where the spec says it transcribed them
 * from a table of this page: a field that came from another page or an SDK is not this page's to
 * lose.
 */
import { isDeepStrictEqual } from 'node:util';
import { getAtPointer, pointer } from '../openapi/pointer.js';
import type { OperationSite } from '../openapi/sites.js';
import type { DraftField, DraftOperation, DraftPart, DraftTable } from '../pages/page-operation.js';
import type { PageExample } from '../pages/page-examples.js';
import { viewSchema, type SchemaView } from '../openapi/schema-view.js';
import type { Located } from '../openapi/refs.js';
import { FIELD_CHECKS, type FieldContext } from './field-checks.js';
import { atOf, type Drift } from './model.js';
import { listExamples } from '../openapi/examples.js';
import { citesTableOf, requestBodySchema, responseBodySchema, responseHeaders, responseKey, specParameters, specResponse, type SpecField } from './spec-side.js';

export interface CompareInput {
  draft: DraftOperation;
  root: unknown;
  site: OperationSite;
  pageId: string;
}

interface Scope {
  input: CompareInput;
  part: DraftPart;
  labels: ReadonlySet<string>;
  out: Drift[];
}

function drift(scope: Scope, d: Omit<Drift, 'at' | 'direction' | 'status' | 'part'>): void {
  const { direction, status, part } = scope.part;
  scope.out.push({ at: atOf(direction, status, part, d.field), direction, ...(status !== undefined ? { status } : {}), part, ...d });
}

/** The node whose `x-source` speaks for a property: the property itself, else the schema holding it. */
function citingNode(root: unknown, prop: Located, owner: SchemaView): unknown {
  const own = prop.value;
  if (own && typeof own === 'object' && 'x-source' in own) return own;
  return getAtPointer(root, owner.ptr);
}

function compareField(scope: Scope, field: DraftField, path: string, spec: SpecField): void {
  const view = viewSchema(scope.input.root, spec.schema);
  const ctx: FieldContext = {
    root: scope.input.root,
    pageId: scope.input.pageId,
    field,
    path,
    spec,
    view,
    report: (d) => drift(scope, { field: path, ...d }),
  };
  for (const check of FIELD_CHECKS) check(ctx);
  const model = field.model;
  if (!model) return;
  // The model table details the object itself, an array's elements or a map's values.
  const inner = field.type?.type === 'array' ? view.items : field.type?.values ? view.additionalSchema : spec.schema;
  if (!inner) return;
  compareTable(scope, model, path, viewSchema(scope.input.root, inner));
}

/** A spec field keyed as the page's rows are matched (header names case-insensitively), with the node citing it. */
interface Counterpart extends SpecField {
  citing: unknown;
}

/**
 * Page rows against the spec's fields at one place: each row is compared or reported as page-only;
 * each spec field citing this page that no row names is reported as spec-only.
 */
function compareFields(scope: Scope, table: DraftTable, prefix: string, spec: Map<string, Counterpart>, noun: string, pointer: string): void {
  const join = (name: string): string => (prefix === '' ? name : `${prefix}.${name}`);
  const key = (name: string): string => (scope.part.part === 'header' ? name.toLowerCase() : name);
  const onPage = new Set<string>();
  for (const f of table.fields) {
    onPage.add(key(f.name));
    const counterpart = spec.get(key(f.name));
    if (counterpart) {
      compareField(scope, f, join(f.name), counterpart);
      continue;
    }
    drift(scope, {
      kind: 'field-only-on-page',
      field: join(f.name),
      page: { table: table.table.label, line: f.line, ...(f.typeCell ? { says: f.typeCell } : {}) },
      spec: { pointer },
      message: `the page lists ${noun} ${f.name}${f.typeCell ? ` (${f.typeCell})` : ''}; the spec does not have it`,
    });
  }
  for (const [k, c] of spec) {
    if (onPage.has(k) || !citesTableOf(c.citing, scope.input.pageId, scope.labels)) continue;
    drift(scope, {
      kind: 'field-only-in-spec',
      field: join(c.name),
      page: { table: table.table.label, line: table.table.line },
      spec: { pointer: c.node.ptr },
      message: `the spec has ${noun} ${c.name}, citing this page; ${table.table.label} no longer lists it`,
    });
  }
}

function compareTable(scope: Scope, table: DraftTable, prefix: string, owner: SchemaView): void {
  const props = new Map<string, Counterpart>();
  for (const [name, prop] of owner.properties)
    props.set(name, { name, schema: prop, required: owner.required.has(name), node: prop, citing: citingNode(scope.input.root, prop, owner) });
  compareFields(scope, table, prefix, props, 'property', owner.at.properties ?? owner.ptr);
}

function compareParameters(scope: Scope, table: DraftTable, params: Map<string, SpecField>): void {
  const withCiting = new Map([...params].map(([k, p]) => [k, { ...p, citing: p.node.value }] as const));
  compareFields(scope, table, '', withCiting, `${scope.part.part} parameter`, scope.input.site.pointer);
}

function comparePart(scope: Scope): void {
  const { root, site } = scope.input;
  const { part, direction, status, root: table } = scope.part;
  if (direction === 'request') {
    if (part === 'body') {
      const schema = requestBodySchema(root, site);
      if (schema) compareTable(scope, table, '', viewSchema(root, schema));
      else reportMissingBody(scope, 'the operation has no request body');
    } else compareParameters(scope, table, specParameters(root, site, part));
    return;
  }
  const response = specResponse(root, site, status ?? 'default');
  if (!response) {
    drift(scope, {
      kind: 'status-only-on-page',
      field: '',
      page: { table: table.table.label, line: table.table.line },
      spec: { pointer: `${site.pointer}/responses` },
      message: `the page documents status ${status ?? '?'}; the spec has no response for it`,
    });
    return;
  }
  if (part === 'header') compareParameters(scope, table, responseHeaders(root, response));
  else if (part === 'body') {
    const schema = responseBodySchema(response);
    if (schema) compareTable(scope, table, '', viewSchema(root, schema));
    else reportMissingBody(scope, `the spec's ${status ?? ''} response has no body`);
  }
}

function reportMissingBody(scope: Scope, why: string): void {
  for (const f of scope.part.root.fields)
    drift(scope, {
      kind: 'field-only-on-page',
      field: f.name,
      page: { table: scope.part.root.table.label, line: f.line },
      spec: { pointer: scope.input.site.pointer },
      message: `the page lists ${f.name}; ${why}`,
    });
}

/** JSON pointer of the first place two values differ. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}/${i}`);
      if (d !== undefined) return d;
    }
    return at;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at + pointer(k));
      if (d !== undefined) return d;
    }
  }
  return at === '' ? '/' : at;
}

function compareExamples(input: CompareInput, out: Drift[]): void {
  const { root, site, draft } = input;
  const operationId = typeof site.operation.operationId === 'string' ? site.operation.operationId : `${site.method.toUpperCase()} ${site.path}`;
  const documented = listExamples(root).filter((e) => e.operationId === operationId);
  const groups = new Map<string, { direction: 'request' | 'response'; status?: string; page: PageExample[] }>();
  const group = (direction: 'request' | 'response', status?: string) => {
    const key = `${direction} ${status ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { direction, ...(status !== undefined ? { status } : {}), page: [] }));
    return g;
  };
  for (const ex of draft.examples) group(ex.direction, ex.status).page.push(ex);
  // Every example the spec documents is compared, so an example dropped from the page is reported.
  group('request');
  for (const e of documented) if (e.in === 'response' && e.status !== undefined && /^\d{3}$/.test(e.status)) group('response', e.status);
  for (const g of groups.values()) {
    const key = g.direction === 'response' ? responseKey(site, g.status ?? '200') : undefined;
    const spec = documented.filter((e) => e.in === g.direction && (g.direction === 'request' || (key !== undefined && e.status === key)));
    const base = {
      direction: g.direction,
      ...(g.status !== undefined ? { status: g.status } : {}),
      part: 'examples' as const,
      field: '',
      at: atOf(g.direction, g.status, 'examples', ''),
    };
    const freeSpec = [...spec];
    const freePage: PageExample[] = [];
    for (const ex of g.page) {
      if (ex.error !== undefined) {
        out.push({ ...base, kind: 'example-unreadable', page: { line: ex.line }, spec: {}, message: `the example at line ${ex.line} is not valid JSON: ${ex.error}` });
        continue;
      }
      const i = freeSpec.findIndex((s) => isDeepStrictEqual(s.value, ex.value));
      if (i >= 0) freeSpec.splice(i, 1);
      else freePage.push(ex);
    }
    // Leftovers pair up in order: an edited example is one change, not a removal plus an addition.
    while (freePage.length > 0 && freeSpec.length > 0) {
      const p = freePage.shift()!;
      const s = freeSpec.shift()!;
      const where = firstDifference(s.value, p.value) ?? '/';
      out.push({
        ...base,
        kind: 'example-changed',
        value: s.name,
        page: { line: p.line, says: getAtPointer(p.value, where === '/' ? '' : where) },
        spec: { pointer: s.pointer, says: getAtPointer(s.value, where === '/' ? '' : where) },
        message: `the example at line ${p.line} differs from the spec's "${s.name}" first at ${where}`,
      });
    }
    for (const p of freePage)
      out.push({
        ...base,
        kind: 'example-only-on-page',
        page: { line: p.line, says: p.value },
        spec: {},
        message: `the example at line ${p.line} is not among the spec's examples`,
      });
    for (const s of freeSpec)
      out.push({ ...base, kind: 'example-only-in-spec', value: s.name, page: {}, spec: { pointer: s.pointer }, message: `the spec's example "${s.name}" is not on the page` });
  }
}

export function comparePageWithSpec(input: CompareInput): Drift[] {
  const out: Drift[] = [];
  const labels = new Set(input.draft.parsed.tables.map((t) => t.label));
  for (const part of input.draft.parts) comparePart({ input, part, labels, out });
  compareExamples(input, out);
  return out;
}
