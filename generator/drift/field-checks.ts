/**
 * One check per kind of fact a page row states, run on every field present on both sides. A check
 * reads the page field and the spec schema (as a SchemaView) and reports what differs; it never
 * reports a fact the page does not carry (a required flag the capture lost, a range the description
 * does not state), except where the spec says this page is its only source.
 */
import { getAtPointer } from '../openapi/pointer.js';
import type { DraftField } from '../pages/page-operation.js';
import { describePageType, type PageType } from '../pages/page-type.js';
import { STATED_BOUND_KEYWORDS, type BoundKeyword } from '../pages/row-facts.js';
import { viewSchema, type BoundName, type SchemaView } from '../openapi/schema-view.js';
import type { Located } from '../openapi/refs.js';
import type { Drift } from './model.js';
import { citesOnly, type SpecField } from './spec-side.js';

export interface FieldContext {
  root: unknown;
  pageId: string;
  field: DraftField;
  /** Dotted path of the field. */
  path: string;
  spec: SpecField;
  view: SchemaView;
  report: (d: Omit<Drift, 'at' | 'direction' | 'status' | 'part' | 'field'>) => void;
}

export type FieldCheck = (ctx: FieldContext) => void;

/** The JSON types a schema admits, through oneOf/anyOf branches; undefined for "any". */
function typesOf(root: unknown, view: SchemaView): string[] | undefined {
  if (view.type.types) return view.type.types;
  const branches = [...view.oneOf, ...view.anyOf];
  if (branches.length === 0) return undefined;
  const all = new Set<string>();
  for (const b of branches) {
    const t = typesOf(root, viewSchema(root, b.node));
    if (!t) return undefined;
    t.forEach((x) => all.add(x));
  }
  return [...all].sort();
}

/** `integer` and `number` read the same on a page only when both sides say the same. */
function sameType(page: PageType, spec: string[] | undefined): boolean {
  return spec !== undefined && spec.length === 1 && spec[0] === page.type;
}

function describeSpec(types: string[] | undefined): string {
  return types === undefined ? 'any type' : types.join(' | ');
}

/** The page's type (and its element or value type) against the spec's. */
const checkType: FieldCheck = (ctx) => {
  const page = ctx.field.type;
  if (!page) return;
  const compare = (p: PageType, v: SchemaView, what: string): void => {
    const spec = typesOf(ctx.root, v);
    if (!sameType(p, spec)) {
      ctx.report({
        kind: 'type',
        page: { table: ctx.field.table.label, line: ctx.field.line, says: describePageType(p) },
        spec: { pointer: v.at.type ?? v.ptr, says: describeSpec(spec) },
        message: `${what}: the page says ${describePageType(p)}, the spec ${describeSpec(spec)}`,
      });
      return;
    }
    const inner: Array<[PageType | undefined, Located | undefined, string]> = [
      [p.items, v.items, 'element type'],
      [p.values, v.additionalSchema, 'value type'],
    ];
    for (const [pi, si, label] of inner) if (pi && si) compare(pi, viewSchema(ctx.root, si), label);
  };
  compare(page, ctx.view, 'type');
};

const checkRequired: FieldCheck = (ctx) => {
  const page = ctx.field.required;
  if (page === undefined || page === ctx.spec.required) return;
  ctx.report({
    kind: 'required',
    page: { table: ctx.field.table.label, line: ctx.field.line, says: page },
    spec: { pointer: ctx.spec.node.ptr, says: ctx.spec.required },
    message: page ? 'the page marks it mandatory, the spec optional' : 'the page marks it optional, the spec required',
  });
};

/** The node a keyword of the view was read from (for its `x-source`). */
function keywordOwner(root: unknown, view: SchemaView, keyword: string): unknown {
  const at = view.at[keyword];
  return at === undefined ? undefined : getAtPointer(root, at.replace(/\/[^/]*$/, ''));
}

const checkEnum: FieldCheck = (ctx) => {
  const stated = ctx.field.facts.enum;
  const specValues = ctx.view.enum?.map(String);
  const table = ctx.field.table.label;
  if (!stated) {
    // The page lists no values: that is drift only if this page is the spec's one source for them.
    if (!specValues || !citesOnly(keywordOwner(ctx.root, ctx.view, 'enum'), ctx.pageId)) return;
    for (const v of specValues)
      ctx.report({
        kind: 'enum-value-only-in-spec',
        value: v,
        page: { table, line: ctx.field.line },
        spec: { pointer: ctx.view.at.enum ?? ctx.view.ptr, says: v },
        message: `the spec allows ${JSON.stringify(v)}; the page lists no values any more`,
      });
    return;
  }
  const page = new Set(stated.value);
  const spec = new Set(specValues ?? []);
  for (const v of stated.value)
    if (!spec.has(v))
      ctx.report({
        kind: 'enum-value-only-on-page',
        value: v,
        page: { table, line: ctx.field.line, says: v },
        spec: { pointer: ctx.view.at.enum ?? ctx.view.at.type ?? ctx.view.ptr },
        message: specValues ? `the page lists ${JSON.stringify(v)}; the spec's enum does not` : `the page lists values (${JSON.stringify(v)}, ...); the spec has no enum`,
      });
  for (const v of specValues ?? [])
    if (!page.has(v))
      ctx.report({
        kind: 'enum-value-only-in-spec',
        value: v,
        page: { table, line: ctx.field.line },
        spec: { pointer: ctx.view.at.enum ?? ctx.view.ptr, says: v },
        message: `the spec allows ${JSON.stringify(v)}; the page does not list it`,
      });
};

const VIEW_BOUND: Record<BoundKeyword, BoundName> = { minimum: 'min', maximum: 'max', minLength: 'min-length', maxLength: 'max-length' };

const checkBounds: FieldCheck = (ctx) => {
  for (const kw of STATED_BOUND_KEYWORDS) {
    const stated = ctx.field.facts[kw];
    const spec = ctx.view.bounds[VIEW_BOUND[kw]];
    if (stated?.value === spec) continue;
    if (!stated && !citesOnly(keywordOwner(ctx.root, ctx.view, kw), ctx.pageId)) continue;
    ctx.report({
      kind: kw,
      page: { table: ctx.field.table.label, line: ctx.field.line, ...(stated ? { says: stated.value } : {}) },
      spec: { pointer: ctx.view.at[kw] ?? ctx.view.ptr, ...(spec !== undefined ? { says: spec } : {}) },
      message: stated
        ? `the page states ${kw} ${stated.value} ("${stated.text}"), the spec ${spec ?? 'none'}`
        : `the spec has ${kw} ${spec}, citing only this page; the page no longer states it`,
    });
  }
};

const checkDefault: FieldCheck = (ctx) => {
  const stated = ctx.field.facts.default;
  const spec = ctx.view.default;
  const specText = spec === undefined ? undefined : typeof spec.value === 'string' ? spec.value : JSON.stringify(spec.value);
  if (stated?.value === specText) return;
  if (!stated && !citesOnly(keywordOwner(ctx.root, ctx.view, 'default'), ctx.pageId)) return;
  ctx.report({
    kind: 'default',
    page: { table: ctx.field.table.label, line: ctx.field.line, ...(stated ? { says: stated.value } : {}) },
    spec: { pointer: ctx.view.at.default ?? ctx.view.ptr, ...(spec ? { says: spec.value } : {}) },
    message: stated
      ? `the page states default ${stated.value} ("${stated.text}"), the spec ${specText ?? 'none'}`
      : `the spec has default ${specText}, citing only this page; the page no longer states it`,
  });
};

/** In report order. */
export const FIELD_CHECKS: readonly FieldCheck[] = [checkType, checkRequired, checkEnum, checkBounds, checkDefault];
