/** The documented examples of a document's operations, with the schema each must satisfy. */
import { isObj, type Obj } from './json.js';
import { appendPointer } from './pointer.js';
import { deref, entries, type Located } from './refs.js';
import { listOperations, mediaTypesOf, requestBodyOf, responsesOf } from './walk.js';

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

function mediaExamples(root: unknown, holder: Located, base: Pick<SpecExample, 'operationId' | 'in' | 'status'>): SpecExample[] {
  const out: SpecExample[] = [];
  for (const [mediaType, media] of mediaTypesOf(holder)) {
    const m = media.value as Obj;
    const schemaPointer = m.schema === undefined ? undefined : appendPointer(media.ptr, 'schema');
    const where = schemaPointer ? { schemaPointer } : {};
    if ('example' in m) out.push({ ...base, mediaType, name: 'example', value: m.example, pointer: appendPointer(media.ptr, 'example'), ...where });
    for (const [name, raw] of entries(media, 'examples')) {
      const example = deref(root, raw);
      if (!isObj(example.value) || !('value' in example.value)) continue; // externalValue examples are not data we hold
      const summary = example.value.summary;
      out.push({
        ...base,
        mediaType,
        name,
        ...(typeof summary === 'string' ? { summary } : {}),
        value: example.value.value,
        pointer: appendPointer(example.ptr, 'value'),
        ...where,
      });
    }
  }
  return out;
}

/** Every example of every operation's request body and responses, in document order. */
export function listExamples(root: unknown): SpecExample[] {
  return listOperations(root).flatMap(({ path, method, operation }) => {
    const op = operation.value as Obj;
    const operationId = typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`;
    const body = requestBodyOf(root, operation);
    return [
      ...(body ? mediaExamples(root, body, { operationId, in: 'request' }) : []),
      ...responsesOf(root, operation).flatMap(([status, response]) => mediaExamples(root, response, { operationId, in: 'response', status })),
    ];
  });
}
