/** What the comparers of one operation share: both documents, where facts go, and the operation's identity. */
import type { SchemaScope } from './compare-schema.js';
import type { Fact } from './model.js';
import type { Located } from '../openapi/refs.js';

export interface OperationScope {
  baseRoot: unknown;
  revisionRoot: unknown;
  emit(fact: Fact): void;
  includeDocs: boolean;
  method: string;
  path: string;
}

export interface OperationPair {
  base: Located;
  revision: Located;
  /** Path items, for path-level parameters. */
  basePathItem: Located;
  revisionPathItem: Located;
  baseTemplate: string;
  revisionTemplate: string;
}

/** from/to for a documentation fact: only the sides where the text exists. */
export function docValues(from: unknown, to: unknown): Partial<Fact> {
  return { ...(typeof from === 'string' ? { from } : {}), ...(typeof to === 'string' ? { to } : {}) };
}

/** The scope for a schema of this operation, in the direction it travels. */
export function schemaScope(scope: OperationScope, direction: 'request' | 'response', extra: Partial<Pick<Fact, 'status' | 'mediaType' | 'in'>>): SchemaScope {
  return {
    baseRoot: scope.baseRoot,
    revisionRoot: scope.revisionRoot,
    emit: scope.emit,
    includeDocs: scope.includeDocs,
    at: { method: scope.method, path: scope.path, direction, ...extra },
  };
}
