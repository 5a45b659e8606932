/**
 * Compare two schemas and emit a Fact per difference, recursing into properties, array items,
 * map values (additionalProperties) and oneOf/anyOf branches. allOf and $ref are already flattened
 * by schema-view.ts. Direction is not interpreted here: the same Fact is a break in a request and
 * harmless in a response (or the reverse), and deciding that is the rules' job.
 */
import { appendPointer } from '../openapi/pointer.js';
import type { Fact } from './model.js';
import type { Located } from '../openapi/refs.js';
import { BOUND_KEYWORDS, viewSchema, type Branch, type BoundName, type SchemaView } from '../openapi/schema-view.js';

export type SchemaPlace = 'body' | 'property' | 'parameter' | 'parameter-property' | 'header' | 'header-property';

/** Where the schemas being compared sit: the fields every Fact from them shares. */
export interface SchemaScope {
  baseRoot: unknown;
  revisionRoot: unknown;
  emit(fact: Fact): void;
  at: Pick<Fact, 'direction' | 'method' | 'path'> & Partial<Pick<Fact, 'status' | 'mediaType' | 'in'>>;
  includeDocs: boolean;
}

/** Recursion deeper than this is not an API anyone writes by hand; it guards against pathological input. */
const MAX_DEPTH = 64;

const EMPTY: Located = { value: {}, ptr: '' };

function childSite(site: SchemaPlace): SchemaPlace {
  if (site === 'parameter' || site === 'parameter-property') return 'parameter-property';
  return site === 'header' || site === 'header-property' ? 'header-property' : 'property';
}

function join(subject: string, name: string): string {
  return subject === '' ? name : `${subject}.${name}`;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `stack` holds the (base, revision) schema pairs being compared on the way down: meeting a pair
 * again means the schema is recursive (a tree node containing tree nodes) and everything below it
 * has already been, or is being, compared.
 */
export function compareSchema(scope: SchemaScope, site: SchemaPlace, subject: string, base: Located, revision: Located, stack: readonly string[] = []): void {
  const b = viewSchema(scope.baseRoot, base);
  const r = viewSchema(scope.revisionRoot, revision);
  const key = `${b.ptr}|${r.ptr}`;
  if (stack.includes(key) || stack.length >= MAX_DEPTH) return;
  const next = [...stack, key];

  const emit = (kind: Fact['kind'], extra: Partial<Fact>, keyword?: string): void => {
    scope.emit({
      ...scope.at,
      kind,
      site,
      subject,
      readOnly: r.readOnly,
      writeOnly: r.writeOnly,
      basePointer: (keyword && b.at[keyword]) || b.ptr,
      revisionPointer: (keyword && r.at[keyword]) || r.ptr,
      ...extra,
    });
  };

  compareKeywords(b, r, emit, site, scope.includeDocs);
  compareProperties(scope, site, subject, b, r, next);

  const below = childSite(site);
  if (b.items || r.items) compareSchema(scope, below, `${subject}[]`, b.items ?? { ...EMPTY, ptr: b.ptr }, r.items ?? { ...EMPTY, ptr: r.ptr }, next);
  if (b.additionalAllowed && r.additionalAllowed && (b.additionalSchema || r.additionalSchema)) {
    compareSchema(scope, below, join(subject, '*'), b.additionalSchema ?? { ...EMPTY, ptr: b.ptr }, r.additionalSchema ?? { ...EMPTY, ptr: r.ptr }, next);
  }
  for (const kw of ['oneOf', 'anyOf'] as const) compareBranches(scope, site, subject, kw, b, r, next);
}

type Emit = (kind: Fact['kind'], extra: Partial<Fact>, keyword?: string) => void;

function compareKeywords(b: SchemaView, r: SchemaView, emit: Emit, site: SchemaPlace, includeDocs: boolean): void {
  if (!same(b.type, r.type)) emit('type', { from: b.type, to: r.type }, same(b.type.types, r.type.types) ? 'format' : 'type');
  if (b.nullable !== r.nullable) emit('nullable', { from: b.nullable, to: r.nullable, detail: (b.nullable ? b : r).listsNull ? 'listed' : 'unlisted' }, 'nullable');

  if (b.enum === undefined && r.enum !== undefined) emit('became-enum', { to: r.enum }, 'enum');
  if (b.enum !== undefined && r.enum !== undefined) {
    const rEnum = r.enum;
    const bEnum = b.enum;
    b.enum.forEach((v, i) => {
      if (!rEnum.some((x) => same(x, v))) emit('enum-value-removed', { from: v, basePointer: appendPointer(b.at.enum ?? b.ptr, i), revisionPointer: r.at.enum ?? r.ptr });
    });
    r.enum.forEach((v, i) => {
      if (!bEnum.some((x) => same(x, v))) emit('enum-value-added', { to: v, basePointer: b.at.enum ?? b.ptr, revisionPointer: appendPointer(r.at.enum ?? r.ptr, i) });
    });
  }

  for (const [bound, kw] of Object.entries(BOUND_KEYWORDS) as Array<[BoundName, string]>) {
    const from = b.bounds[bound];
    const to = r.bounds[bound];
    if (from !== to) emit('bound', { detail: bound, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }, kw);
  }

  if (b.pattern !== r.pattern) {
    const detail = b.pattern === undefined ? 'added' : r.pattern === undefined ? 'removed' : 'changed';
    emit('pattern', { detail, ...(b.pattern !== undefined ? { from: b.pattern } : {}), ...(r.pattern !== undefined ? { to: r.pattern } : {}) }, 'pattern');
  }

  if (!same(b.default, r.default)) {
    const detail = b.default === undefined ? 'added' : r.default === undefined ? 'removed' : 'changed';
    emit('default', { detail, ...(b.default ? { from: b.default.value } : {}), ...(r.default ? { to: r.default.value } : {}) }, 'default');
  }

  if (b.additionalAllowed !== r.additionalAllowed) emit('additional-properties', { from: b.additionalAllowed, to: r.additionalAllowed }, 'additionalProperties');

  // A parameter's or header's deprecation and description live on the parameter/header object, compared elsewhere.
  if (site === 'property' && b.deprecated !== r.deprecated) emit('deprecated', { from: b.deprecated, to: r.deprecated }, 'deprecated');
  if (includeDocs && (site === 'property' || site === 'body') && b.description !== r.description) {
    emit('description', { ...(b.description !== undefined ? { from: b.description } : {}), ...(r.description !== undefined ? { to: r.description } : {}) }, 'description');
  }
}

function compareProperties(scope: SchemaScope, site: SchemaPlace, subject: string, b: SchemaView, r: SchemaView, next: readonly string[]): void {
  const below = childSite(site);
  const base = (name: string, extra: Partial<Fact>): Fact => ({ ...scope.at, site: below, subject: join(subject, name), kind: 'added', ...extra });

  for (const [name, node] of b.properties) {
    if (r.properties.has(name)) continue;
    const p = viewSchema(scope.baseRoot, node);
    scope.emit(
      base(name, {
        kind: 'removed',
        required: b.required.has(name),
        readOnly: p.readOnly,
        writeOnly: p.writeOnly,
        deprecated: p.deprecated,
        basePointer: node.ptr,
        revisionPointer: r.at.properties ?? r.ptr,
      }),
    );
  }
  for (const [name, node] of r.properties) {
    const before = b.properties.get(name);
    const p = viewSchema(scope.revisionRoot, node);
    const flags = { readOnly: p.readOnly, writeOnly: p.writeOnly, hasDefault: p.default !== undefined };
    if (!before) {
      scope.emit(base(name, { kind: 'added', required: r.required.has(name), ...flags, basePointer: b.at.properties ?? b.ptr, revisionPointer: node.ptr }));
      continue;
    }
    const was = b.required.has(name);
    const is = r.required.has(name);
    if (was !== is) {
      scope.emit(
        base(name, {
          kind: is ? 'became-required' : 'became-optional',
          from: was,
          to: is,
          ...flags,
          basePointer: b.at.required ?? before.ptr,
          revisionPointer: r.at.required ?? node.ptr,
        }),
      );
    }
    compareSchema(scope, below, join(subject, name), before, node, next);
  }
}

/** Pair branches by name (component or title), then identical content, then position; the rest were added or removed. */
function compareBranches(scope: SchemaScope, site: SchemaPlace, subject: string, kw: 'oneOf' | 'anyOf', b: SchemaView, r: SchemaView, next: readonly string[]): void {
  const left = [...b[kw]];
  const right = [...r[kw]];
  if (left.length === 0 && right.length === 0) return;
  const pairs: Array<[Branch, Branch]> = [];
  const take = (match: (x: Branch, y: Branch) => boolean): void => {
    for (const x of [...left]) {
      const y = right.find((c) => match(x, c));
      if (!y) continue;
      pairs.push([x, y]);
      left.splice(left.indexOf(x), 1);
      right.splice(right.indexOf(y), 1);
    }
  };
  take((x, y) => !x.label.startsWith('#') && x.label === y.label);
  take((x, y) => same(x.node.value, y.node.value));
  take(() => true);

  const emit = (kind: 'branch-added' | 'branch-removed', branch: Branch): void =>
    scope.emit({
      ...scope.at,
      kind,
      site,
      subject,
      detail: kw,
      ...(kind === 'branch-removed' ? { from: branch.label } : { to: branch.label }),
      basePointer: kind === 'branch-removed' ? branch.node.ptr : (b.at[kw] ?? b.ptr),
      revisionPointer: kind === 'branch-added' ? branch.node.ptr : (r.at[kw] ?? r.ptr),
    });
  for (const x of left) emit('branch-removed', x);
  for (const y of right) emit('branch-added', y);
  for (const [x, y] of pairs) compareSchema(scope, site, subject, x.node, y.node, next);
}
