/**
 * Step 1 of the pipeline: walk both documents side by side and collect Facts.
 *
 * Operations are matched by method + path template with parameter names normalised
 * (`/functions/{urn}` and `/functions/{function_urn}` are the same endpoint to a client).
 */
import { compareInfo } from './compare-info.js';
import { compareOperation } from './compare-operation.js';
import { compareSecurity } from './compare-security.js';
import type { Fact } from './model.js';
import { isObj } from '../openapi/json.js';
import { child, entries, type Located } from '../openapi/refs.js';
import { operationsOf, pathItems } from '../openapi/walk.js';

export interface WalkOptions {
  includeDocs: boolean;
}

export function normalisePath(template: string): string {
  return template.replace(/\{[^}]*\}/g, '{}');
}

interface PathEntry {
  template: string;
  item: Located;
}

function pathsOf(root: unknown): Map<string, PathEntry> {
  return new Map(pathItems(root).map(({ path, item }) => [normalisePath(path), { template: path, item }]));
}

function isDeprecated(op: Located): boolean {
  return isObj(op.value) && op.value.deprecated === true;
}

export function collectFacts(baseRoot: unknown, revisionRoot: unknown, options: WalkOptions): Fact[] {
  const facts: Fact[] = [];
  const emit = (f: Fact): void => void facts.push(f);
  const basePaths = pathsOf(baseRoot);
  const revisionPaths = pathsOf(revisionRoot);
  const pathsPtr = (root: unknown): string => (isObj(root) && 'paths' in root ? '/paths' : '');

  for (const [key, b] of basePaths) {
    const r = revisionPaths.get(key);
    for (const [method, op] of operationsOf(b.item)) {
      const revOp = r ? child(r.item, method) : undefined;
      if (revOp && isObj(revOp.value)) continue; // compared below
      const gone = { method: method.toUpperCase(), path: b.template, direction: 'none' as const, subject: '', deprecated: isDeprecated(op) };
      emit({ ...gone, kind: 'removed', site: r ? 'operation' : 'path', basePointer: op.ptr, revisionPointer: r ? r.item.ptr : pathsPtr(revisionRoot) });
    }
  }

  for (const [key, r] of revisionPaths) {
    const b = basePaths.get(key);
    for (const [method, op] of operationsOf(r.item)) {
      const baseOp = b ? child(b.item, method) : undefined;
      const at = { method: method.toUpperCase(), path: r.template };
      if (!b || !baseOp || !isObj(baseOp.value)) {
        emit({ ...at, direction: 'none', subject: '', kind: 'added', site: 'operation', basePointer: b ? b.item.ptr : pathsPtr(baseRoot), revisionPointer: op.ptr });
        continue;
      }
      compareOperation(
        { baseRoot, revisionRoot, emit, includeDocs: options.includeDocs, ...at },
        { base: baseOp, revision: op, basePathItem: b.item, revisionPathItem: r.item, baseTemplate: b.template, revisionTemplate: r.template },
      );
    }
  }

  const docRoot = (root: unknown): Located => ({ value: root, ptr: '' });
  compareSecurity({ emit }, child(docRoot(baseRoot), 'security'), child(docRoot(revisionRoot), 'security'), 'global-security', { method: '', path: '' });
  compareSecuritySchemes(baseRoot, revisionRoot, emit);
  compareInfo(baseRoot, revisionRoot, emit);
  return facts;
}

function compareSecuritySchemes(baseRoot: unknown, revisionRoot: unknown, emit: (f: Fact) => void): void {
  const schemes = (root: unknown): Map<string, Located> => new Map(entries(child({ value: root, ptr: '' }, 'components'), 'securitySchemes'));
  const [b, r] = [schemes(baseRoot), schemes(revisionRoot)];
  const at = { method: '', path: '', direction: 'none' as const, site: 'security-scheme' as const };
  for (const [name, node] of b) if (!r.has(name)) emit({ ...at, kind: 'removed', subject: name, from: name, basePointer: node.ptr, revisionPointer: '/components' });
  for (const [name, node] of r) if (!b.has(name)) emit({ ...at, kind: 'added', subject: name, to: name, basePointer: '/components', revisionPointer: node.ptr });
}
