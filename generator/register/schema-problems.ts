/**
 * Ajv's errors for a value, told as the schema's own `message` annotations say (see errata-schema.ts):
 * one message per problem, placed at the value it is about, without the follow-on errors a broken
 * value causes inside itself.
 */
import type { ErrorObject } from 'ajv';
import { isObj, type Obj } from '../openapi/json.js';
import { getAtPointer, parsePointer, pointer, unescapeToken } from '../openapi/pointer.js';

export interface SchemaProblem {
  /** JSON pointer, relative to the validated value, of the value the message is about. */
  pointer: string;
  message: string;
}

/** Keywords that hold one subschema applying to the same value, to an element, or to a member. */
const SAME_VALUE = new Set(['not', 'if', 'then', 'else']);
const ONE_DOWN = new Set(['items', 'additionalProperties', 'contains', 'unevaluatedItems', 'unevaluatedProperties']);
const LIST_SAME_VALUE = new Set(['allOf', 'anyOf', 'oneOf']);

/** The schemas from the root to the one holding the failing keyword, each with how deep in the value it applies. */
function schemaChain(root: unknown, schemaPath: string): Array<{ schema: unknown; depth: number }> {
  const tokens = schemaPath
    .replace(/^#\/?/, '')
    .split('/')
    .filter((t) => t !== '')
    .map((t) => unescapeToken(decodeURIComponent(t)));
  tokens.pop(); // the failing keyword itself
  const chain = [{ schema: root, depth: 0 }];
  let node: unknown = root;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const holder = isObj(node) ? node : {};
    if (t === 'properties' || t === 'patternProperties' || t === 'prefixItems') {
      node = (holder[t] as Obj | undefined)?.[tokens[++i]!];
      depth++;
    } else if (LIST_SAME_VALUE.has(t)) node = (holder[t] as Obj | undefined)?.[tokens[++i]!];
    else if (ONE_DOWN.has(t)) {
      node = holder[t];
      depth++;
    } else if (SAME_VALUE.has(t)) node = holder[t];
    else break; // `$ref` and the like: not used by these schemas; stop at the deepest schema reached
    chain.push({ schema: node, depth });
  }
  return chain;
}

function messageOf(schema: unknown, keyword: string | undefined): { text: string; whole: boolean } | undefined {
  const m = isObj(schema) ? schema.message : undefined;
  if (typeof m === 'string') return { text: m, whole: true };
  if (keyword !== undefined && isObj(m) && typeof m[keyword] === 'string') return { text: m[keyword], whole: false };
  return undefined;
}

/** `drift[0].kind`, `example.status`, `pages[1]`: a path in an entry as a reader writes it. */
export function describePath(tokens: readonly string[]): string {
  return tokens.reduce((out, t) => (/^\d+$/.test(t) ? `${out}[${t}]` : out === '' ? t : `${out}.${t}`), '');
}

interface Told {
  /** Where the message is placed. */
  at: string[];
  /** The value the message speaks for; messages about values inside a `whole` one are dropped. */
  scope: string[];
  whole: boolean;
  message: string;
}

function tell(error: ErrorObject, schema: unknown, data: unknown): Told | undefined {
  const at = parsePointer(error.instancePath);
  const chain = schemaChain(schema, error.schemaPath);
  const own = chain[chain.length - 1]!.schema;
  const fill = (text: string, path: readonly string[]): string =>
    text.replaceAll('{at}', describePath(path)).replaceAll('{value}', String(JSON.stringify(getAtPointer(data, pointer(...path)))));
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    const allowed = Object.keys(isObj(own) && isObj(own.properties) ? own.properties : {}).join(', ');
    const owner = describePath(at);
    const path = [...at, key];
    return { at: path, scope: path, whole: false, message: `${owner === '' ? '' : `${owner} has `}unknown key "${key}" (allowed: ${allowed})` };
  }
  if (error.keyword === 'required') {
    const name = String(error.params.missingProperty);
    const propSchema = isObj(own) && isObj(own.properties) ? own.properties[name] : undefined;
    const m = messageOf(propSchema, 'required');
    if (m) return { at, scope: [...at, name], whole: m.whole, message: fill(m.text, [...at, name]) };
  }
  for (let j = chain.length - 1; j >= 0; j--) {
    const m = messageOf(chain[j]!.schema, j === chain.length - 1 ? error.keyword : undefined);
    if (!m) continue;
    const path = at.slice(0, chain[j]!.depth);
    return { at: path, scope: path, whole: m.whole, message: fill(m.text, path) };
  }
  return { at, scope: at, whole: false, message: `${describePath(at) || 'value'} ${error.message ?? error.keyword}` };
}

const within = (inner: readonly string[], outer: readonly string[]): boolean => inner.length > outer.length && outer.every((t, i) => inner[i] === t);

/** The problems Ajv found in `data` (validated against `schema` with `allErrors`), one message each. */
export function schemaProblems(schema: unknown, errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  // `if` only reports that its branch failed; the branch's own errors say why.
  const told = errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => tell(e, schema, data))
    .filter((t): t is Told => t !== undefined);
  const kept = told.filter((t) => !told.some((w) => w.whole && within(t.scope, w.scope)));
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const t of kept) {
    const ptr = pointer(...t.at);
    const key = `${ptr}\n${t.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer: ptr, message: t.message });
  }
  return out;
}
