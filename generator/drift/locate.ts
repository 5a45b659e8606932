/**
 * Which curated operation a page transcribes: by `--operation ID` when given, else by the page's
 * method and path (template variable names may differ: `{function_urn}` matches `{urn}`), among
 * the documents given (`--spec`) or configured (funcspec.config.json).
 */
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import { listOperationSites, type OperationSite } from '../openapi/sites.js';
import { pageCitations } from '../register/citation.js';

export interface LocatedOperation {
  doc: LoadedDocument;
  site: OperationSite;
  /** Page ids the operation's `x-source` cites, in order. */
  pages: string[];
}

const shape = (path: string): string => path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '');

export function locateOperation(docs: readonly LoadedDocument[], want: { method: string; path: string; operationId?: string | undefined }, pageFile: string): LocatedOperation {
  const all = docs.flatMap((doc) => listOperationSites(doc.data).map((site) => ({ doc, site })));
  const found = want.operationId
    ? all.filter(({ site }) => site.operation.operationId === want.operationId)
    : all.filter(({ site }) => site.method.toUpperCase() === want.method && shape(site.path) === shape(want.path));
  const searched = docs.map((d) => d.file).join(', ');
  if (found.length === 0) {
    const what = want.operationId ? `operation ${want.operationId}` : `an operation ${want.method} ${want.path}`;
    throw new FuncspecError(`${what} is not in ${searched}; pass --spec FILE (and --operation ID) to choose one`, { file: pageFile }, 2);
  }
  if (found.length > 1) {
    const list = found.map(({ doc, site }) => `${doc.file} ${String(site.operation.operationId ?? site.pointer)}`).join(', ');
    throw new FuncspecError(`${want.method} ${want.path} matches ${found.length} operations (${list}); pass --spec FILE or --operation ID`, { file: pageFile }, 2);
  }
  const { doc, site } = found[0]!;
  return { doc, site, pages: [...new Set(pageCitations(site.operation).map((c) => c.page))] };
}
