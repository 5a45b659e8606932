/** The error statuses each spec documents, read from the spec files themselves so the tests follow them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './generated.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface DocumentedError {
  operationId: string;
  /** As written in the spec: `404`, or a range such as `4XX`. */
  status: string;
  /** The first documented example body, if any. */
  example?: unknown;
}

function deref(doc: Obj, node: unknown): unknown {
  let n = node;
  for (let i = 0; i < 10 && isObj(n) && typeof n.$ref === 'string'; i++) {
    n = (n.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((acc, part) => (isObj(acc) ? acc[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), doc);
  }
  return n;
}

export function documentedErrors(specFile: string): DocumentedError[] {
  const doc = parse(readFileSync(join(REPO_ROOT, specFile), 'utf8')) as Obj;
  const out: DocumentedError[] = [];
  for (const item of Object.values((doc.paths ?? {}) as Obj)) {
    if (!isObj(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method) || !isObj(op)) continue;
      for (const [status, response] of Object.entries((op.responses ?? {}) as Obj)) {
        if (/^2/.test(status) || status === 'default') continue;
        const r = deref(doc, response);
        const media = isObj(r) && isObj(r.content) ? r.content['application/json'] : undefined;
        const examples = isObj(media) && isObj(media.examples) ? Object.values(media.examples) : [];
        const first = examples.map((e) => deref(doc, e)).find((e) => isObj(e) && 'value' in e) as Obj | undefined;
        out.push({ operationId: String(op.operationId), status, ...(first ? { example: first.value } : {}) });
      }
    }
  }
  return out;
}

/** Concrete statuses for a documented status or range. */
export function concreteStatuses(status: string): number[] {
  if (status === '4XX') return [400, 401, 403, 404, 409, 412, 429];
  if (status === '5XX') return [500, 502, 503, 504];
  return [Number(status)];
}
