import { getAtPointer, pointer } from '../load/pointer.js';
import { isObj, type Obj } from '../util/json.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One documented example, addressed the way the conformance suite names it. */
export interface SpecExample {
  operationId: string;
  in: 'request' | 'response';
  /** Response status as written in the spec (`"200"`, `"4XX"`, `"default"`); undefined for requests. */
  status?: string;
  mediaType: string;
  name: string;
  summary?: string;
  value: unknown;
  /** JSON pointer (in the spec document) of the schema the example must satisfy, if any. */
  schemaPointer?: string;
  /** JSON pointer of the example itself. */
  pointer: string;
}


/** Follow a local `$ref` chain (as OpenAPI allows for request bodies, responses and examples). */
function deref(doc: unknown, node: unknown, at: string): { node: unknown; at: string } {
  let seen = 0;
  while (isObj(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') && seen++ < 20) {
    at = node.$ref.slice(1);
    node = getAtPointer(doc, at);
  }
  return { node, at };
}

function mediaExamples(doc: unknown, content: unknown, contentAt: string, base: Omit<SpecExample, 'mediaType' | 'name' | 'value' | 'pointer' | 'schemaPointer' | 'summary'>): SpecExample[] {
  const out: SpecExample[] = [];
  if (!isObj(content)) return out;
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isObj(media)) continue;
    const mediaAt = contentAt + pointer(mediaType);
    const schemaPointer = media.schema === undefined ? undefined : mediaAt + pointer('schema');
    if ('example' in media) {
      out.push({ ...base, mediaType, name: 'example', value: media.example, pointer: mediaAt + pointer('example'), ...(schemaPointer ? { schemaPointer } : {}) });
    }
    if (isObj(media.examples)) {
      for (const [name, raw] of Object.entries(media.examples)) {
        const { node, at } = deref(doc, raw, mediaAt + pointer('examples', name));
        if (!isObj(node) || !('value' in node)) continue; // externalValue examples are not data we hold
        out.push({
          ...base,
          mediaType,
          name,
          ...(typeof node.summary === 'string' ? { summary: node.summary } : {}),
          value: node.value,
          pointer: at + pointer('value'),
          ...(schemaPointer ? { schemaPointer } : {}),
        });
      }
    }
  }
  return out;
}

/** Every example of every operation's request body and responses, in document order. */
export function listExamples(doc: unknown): SpecExample[] {
  const out: SpecExample[] = [];
  const paths = isObj(doc) && isObj(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const opAt = pointer('paths', path, method);
      const operationId = typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`;
      if (op.requestBody !== undefined) {
        const { node, at } = deref(doc, op.requestBody, opAt + pointer('requestBody'));
        if (isObj(node)) out.push(...mediaExamples(doc, node.content, at + pointer('content'), { operationId, in: 'request' }));
      }
      if (isObj(op.responses)) {
        for (const [status, raw] of Object.entries(op.responses)) {
          const { node, at } = deref(doc, raw, opAt + pointer('responses', status));
          if (isObj(node)) out.push(...mediaExamples(doc, node.content, at + pointer('content'), { operationId, in: 'response', status }));
        }
      }
    }
  }
  return out;
}
