/** The part of Redocly funcspec calls, from one module: the build bundles it into a single file (see `npm run build`). */
/*
 * Redocly 2 is some 300 ES modules; Node 20 resolves, reads and links each one, 0.2 s of every lint
 * (the last step on a large document's critical path). As one file it loads in a third of that.
 * Under tsx (development, tests) this module is Redocly itself.
 */
export {
  BaseResolver,
  createConfig,
  detectSpec,
  escapePointerFragment,
  getMajorSpecVersion,
  getTypes,
  lintDocument,
  makeDocumentFromString,
  normalizeTypes,
  normalizeVisitors,
  ResolveError,
  Source,
  walkDocument,
} from '@redocly/openapi-core';
export type { Config, Document, NodeType, NormalizedProblem, Plugin, ResolvedRefMap, WalkContext } from '@redocly/openapi-core';
