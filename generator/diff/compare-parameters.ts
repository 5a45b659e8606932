/**
 * Parameters of one operation, base vs revision. They are what clients send, so everything here is
 * direction `request`; a parameter's schema is compared by compare-schema.ts at site `parameter`.
 */
import { appendPointer } from '../openapi/pointer.js';
import { docValues, schemaScope, type OperationPair, type OperationScope } from './operation-scope.js';
import { compareSchema } from './compare-schema.js';
import { isObj, str } from '../openapi/json.js';
import { child, deref, entries, type Located } from '../openapi/refs.js';

interface Param {
  name: string;
  in: string;
  /** Where the parameter is listed (the `$ref` line for shared parameters). */
  declared: Located;
  /** The parameter object itself. */
  node: Located;
}

/**
 * Parameters keyed as a client would tell them apart. Path parameters go by position in the
 * template, so renaming `{id}` to `{function_id}` is no change; header names are case-insensitive.
 * Operation-level parameters override path-level ones of the same name and location.
 */
function parameters(root: unknown, pathItem: Located, op: Located, template: string): Map<string, Param> {
  const positions = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const out = new Map<string, Param>();
  for (const owner of [pathItem, op]) {
    const list = child(owner, 'parameters');
    if (!Array.isArray(list.value)) continue;
    list.value.forEach((_, i) => {
      const declared = child(list, i);
      const node = deref(root, declared);
      if (!isObj(node.value)) return;
      const name = str(node.value.name) ?? '';
      const loc = str(node.value.in) ?? '';
      const pos = positions.indexOf(name);
      const key = loc === 'path' && pos >= 0 ? `path#${pos}` : loc === 'header' ? `header:${name.toLowerCase()}` : `${loc}:${name}`;
      out.set(key, { name, in: loc, declared, node });
    });
  }
  return out;
}

/** `schema`, or for `content`-style parameters the schema of its (single) media type, named. */
function parameterSchema(param: Located): { schema: Located; mediaType?: string } | undefined {
  if (isObj(param.value) && 'schema' in param.value) return { schema: child(param, 'schema') };
  const content = entries(param, 'content')[0];
  return content ? { schema: child(content[1], 'schema'), mediaType: content[0] } : undefined;
}

export function compareParameters(scope: OperationScope, pair: OperationPair): void {
  const bParams = parameters(scope.baseRoot, pair.basePathItem, pair.base, pair.baseTemplate);
  const rParams = parameters(scope.revisionRoot, pair.revisionPathItem, pair.revision, pair.revisionTemplate);
  const listPtr = (op: Located): string => (isObj(op.value) && 'parameters' in op.value ? appendPointer(op.ptr, 'parameters') : op.ptr);
  const at = { method: scope.method, path: scope.path, direction: 'request' as const, site: 'parameter' as const };
  const flag = (p: Param, key: string): boolean => isObj(p.node.value) && p.node.value[key] === true;
  const required = (p: Param): boolean => p.in === 'path' || flag(p, 'required');

  for (const [key, p] of bParams) {
    if (rParams.has(key)) continue;
    scope.emit({
      ...at,
      kind: 'removed',
      subject: p.name,
      in: p.in,
      required: required(p),
      deprecated: flag(p, 'deprecated'),
      basePointer: p.declared.ptr,
      revisionPointer: listPtr(pair.revision),
    });
  }
  for (const [key, p] of rParams) {
    const before = bParams.get(key);
    if (!before) {
      scope.emit({ ...at, kind: 'added', subject: p.name, in: p.in, required: required(p), basePointer: listPtr(pair.base), revisionPointer: p.declared.ptr });
      continue;
    }
    const common = { ...at, subject: p.name, in: p.in };
    const field = (node: Located, k: string): string => (isObj(node.value) && k in node.value ? appendPointer(node.ptr, k) : node.ptr);
    if (required(before) !== required(p)) {
      scope.emit({
        ...common,
        kind: required(p) ? 'became-required' : 'became-optional',
        from: required(before),
        to: required(p),
        basePointer: field(before.node, 'required'),
        revisionPointer: field(p.node, 'required'),
      });
    }
    if (flag(before, 'deprecated') !== flag(p, 'deprecated')) {
      scope.emit({
        ...common,
        kind: 'deprecated',
        from: flag(before, 'deprecated'),
        to: flag(p, 'deprecated'),
        basePointer: field(before.node, 'deprecated'),
        revisionPointer: field(p.node, 'deprecated'),
      });
    }
    const [bDesc, rDesc] = [isObj(before.node.value) ? before.node.value.description : undefined, isObj(p.node.value) ? p.node.value.description : undefined];
    if (scope.includeDocs && str(bDesc) !== str(rDesc)) {
      scope.emit({ ...common, kind: 'description', ...docValues(bDesc, rDesc), basePointer: field(before.node, 'description'), revisionPointer: field(p.node, 'description') });
    }
    const bSchema = parameterSchema(before.node);
    const rSchema = parameterSchema(p.node);
    if (bSchema && rSchema) {
      const media = rSchema.mediaType !== undefined ? { mediaType: rSchema.mediaType } : {};
      compareSchema(schemaScope(scope, 'request', { in: p.in, ...media }), 'parameter', p.name, bSchema.schema, rSchema.schema);
    }
  }
}
