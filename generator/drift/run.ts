/**
 * `funcspec drift` as a function: page text in, report out. Pipeline: find the page's method and
 * path → locate the curated operation → read the page into a draft operation (with the spec's field
 * names as hints for model tables the page does not caption) → compare → explain from the register.
 */
import type { LoadedDocument } from '../openapi/document.js';
import { draftOperation, findMethodPath, type ModelHint } from '../pages/page-operation.js';
import { PAGE_FILE_RE } from '../pages/load-pages.js';
import type { ErrataRegister } from '../register/errata.js';
import { FuncspecError } from '../errors.js';
import { viewSchema, type SchemaView } from '../openapi/schema-view.js';
import type { Located } from '../openapi/refs.js';
import { comparePageWithSpec } from './compare.js';
import { explainDrift } from './explain.js';
import { locateOperation } from './locate.js';
import type { DriftReport } from './model.js';
import { requestBodySchema, responseBodySchema, specResponse } from './spec-side.js';

export interface DriftInput {
  /** The capture's path as given (for messages and the report). */
  file: string;
  text: string;
  specs: readonly LoadedDocument[];
  operationId?: string | undefined;
  register: ErrataRegister;
}

/** The page id: the capture's `NNN_` prefix when the operation cites that page, else the operation's first cited page. */
function pageIdFor(file: string, cited: readonly string[]): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const own = PAGE_FILE_RE.exec(base)?.[1];
  if (own && cited.includes(own)) return own;
  return cited[0] ?? own ?? '';
}

/** Field names the spec expects at a path of a message: how page 002's uncaptioned model tables are recognised. */
function hintFrom(root: unknown, bodyOf: (direction: 'request' | 'response', status?: string) => Located | undefined): ModelHint {
  return ({ direction, status, path }) => {
    const body = bodyOf(direction, status);
    if (!body) return undefined;
    let view: SchemaView | undefined = viewSchema(root, body);
    for (const name of path) {
      const prop: Located | undefined = view?.properties.get(name);
      if (!prop) return undefined;
      const v: SchemaView = viewSchema(root, prop);
      const inner = v.items ?? v.additionalSchema;
      view = inner && v.properties.size === 0 ? viewSchema(root, inner) : v;
    }
    return view ? [...view.properties.keys()] : undefined;
  };
}

export function runDrift(input: DriftInput): DriftReport {
  const mp = findMethodPath(input.text);
  if (!mp && !input.operationId)
    throw new FuncspecError('no "METHOD /path" line found, so the operation cannot be looked up: is this an API reference page? (or pass --operation ID)', { file: input.file }, 2);
  const located = locateOperation(input.specs, { method: mp?.method ?? '', path: mp?.path ?? '', operationId: input.operationId }, input.file);
  const root = located.doc.data;
  const pageId = pageIdFor(input.file, located.pages);
  const hint = hintFrom(root, (direction, status) => {
    if (direction === 'request') return requestBodySchema(root, located.site);
    const r = specResponse(root, located.site, status ?? '200');
    return r ? responseBodySchema(r) : undefined;
  });
  const draft = draftOperation(input.text, pageId, { file: input.file, hint });
  const drift = comparePageWithSpec({ draft, root, site: located.site, pageId });
  const stale = explainDrift(drift, input.register, pageId);
  return {
    file: input.file,
    pageId,
    method: draft.method,
    path: draft.path,
    spec: located.doc.file,
    operationId: String(located.site.operation.operationId ?? ''),
    operationPointer: located.site.pointer,
    drift,
    stale,
    unattached: draft.unattached.map((t) => ({ table: t.label, line: t.line })),
  };
}
