/** Ajv's `standaloneCode` for many exports in linear time, shaped for tree-shaking: no statement with side effects. */
import type { Ajv2020 as Ajv } from 'ajv/dist/2020.js';
import compileModule from 'ajv/dist/compile/index.js';
import scopeModule from 'ajv/dist/compile/codegen/scope.js';
import resolveModule from 'ajv/dist/compile/resolve.js';

/*
 * Ajv 8's standaloneCode (ajv/dist/standalone/index.js) and ValueScope#scopeCode append each piece with
 * its `_` template, which copies everything built so far: quadratic in the number of validators (22 s
 * for GitHub's description). This follows the same walk, in the same order, appending strings instead,
 * and departs from Ajv's text where a bundler would otherwise keep every validator of the module:
 * - calls that build a constant (`specRegExp(…)`, `new RegExp(…)`) are marked `/*#__PURE__*\/`, and
 *   the caller may rewrite any constant's code (`valueCode`) into such a call;
 * - `validateN.evaluated = {…}` (Ajv2020's bookkeeping for unevaluated*) is set by the function's
 *   own first call instead of by a top-level assignment;
 * - the copy of each compiled schema Ajv keeps beside its function is left out when nothing uses it;
 * - exports come last, as separate statements (`exportStatements`), each guarded once.
 */

interface ScopeName {
  prefix: string;
  toString(): string;
  value?: { ref?: unknown; code?: { toString(): string } };
}
interface Source {
  validateName: ScopeName;
  validateCode: string;
  scopeValues: Record<string, Set<ScopeName> | undefined>;
  evaluated?: { toString(): string };
}
type Used = Record<string, Map<ScopeName, number>>;

// Ajv's internals are CommonJS; under NodeNext the default import is the module object.
const interop = <T>(m: T): T => (m as unknown as { default?: T }).default ?? m;
const { UsedValueState } = interop(scopeModule);
const { SchemaEnv, compileSchema, resolveSchema } = interop(compileModule);
const { resolveUrl } = interop(resolveModule);
const STARTED: number = UsedValueState.Started;
const COMPLETED: number = UsedValueState.Completed;

/** A call with literal or identifier arguments (`specRegExp("^a+$", "u")`): a value, free of side effects. */
const PURE_CALL = /^(?:new )?[A-Za-z_$][\w$]*\((?:"(?:[^"\\]|\\.)*"|[\s,\w$])*\)$/;

/** A scope value's code as written: marked pure when it is a call that only builds a value. */
export function pureValue(_prefix: string, code: string): string {
  return PURE_CALL.test(code) ? `/*#__PURE__*/ ${code}` : code;
}
/** Ajv2020's prologue of every function compiled from a schema object, reading the function's `.evaluated`. */
const EVALUATED_PROLOGUE = /^((?:async )?function ([\w$]+)\([^)]*\)\{let vErrors = null;let errors = 0;const evaluated\d+ = )([\w$]+)\.evaluated;/;

/**
 * The full URI of the subschema at `fragment` of the schema added as `baseId`, made to stand for one
 * compilation: `getSchema(key)` and every `$ref` that resolves to it then share one function. Without
 * this, a schema compiled first through a `$ref` would be compiled again when asked for by itself.
 * Call it for every schema before compiling any. Returns undefined when nothing is there.
 */
export function shareSchema(ajv: Ajv, baseId: string, fragment: string): string | undefined {
  const internal = ajv as unknown as { refs: Record<string, unknown>; opts: { uriResolver: unknown; schemaId: 'id' | '$id' } };
  const key = resolveUrl(internal.opts.uriResolver as Parameters<typeof resolveUrl>[0], baseId, fragment);
  if (internal.refs[key] !== undefined) return key;
  const root = new SchemaEnv({ schema: {}, schemaId: internal.opts.schemaId });
  const env = resolveSchema.call(ajv as unknown as ThisParameterType<typeof resolveSchema>, root, key);
  if (!env) return undefined;
  internal.refs[key] = env;
  return key;
}

/**
 * Compile the schema added as `baseId` (the whole document) without keeping its source. Ajv compiles
 * a document's root before it resolves any pointer into it, and under `code.source` it keeps the
 * root's schema as JSON text for standalone code: on GitHub's description 13 MB (26 MB in memory),
 * stringified and escaped for 0.1 s, for a root that is no validator. Call it before `shareSchema`.
 * No standalone code needs the root's: an OpenAPI document is not a schema, and a `$ref` to its root
 * (`#`) stops generate in openapi-typescript before any validator is written.
 */
export function compileRootWithoutSource(ajv: Ajv, baseId: string): void {
  const internal = ajv as unknown as { schemas: Record<string, { validate?: unknown } | undefined>; opts: { code: { source?: boolean } } };
  const root = internal.schemas[baseId];
  if (!root || root.validate) return;
  const code = internal.opts.code;
  internal.opts.code = { ...code, source: false };
  try {
    compileSchema.call(ajv as unknown as ThisParameterType<typeof compileSchema>, root as Parameters<typeof compileSchema>[0]);
  } finally {
    internal.opts.code = code;
  }
}

/** One validator to export: the schema Ajv knows as `key`, exported as every one of `names`. */
export interface StandaloneExport {
  key: string;
  names: string[];
}

/** The code of every validator `exports` needs (compiled already), without the exports themselves. */
export function standaloneValidators(
  ajv: Ajv,
  exports: readonly StandaloneExport[],
  valueCode: (prefix: string, code: string) => string = pureValue,
): { code: string; validateNames: Map<string, string> } {
  if (!ajv.opts.code.source) throw new Error('moduleCode: ajv instance must have code.source option');
  const scope = ajv.scope as unknown as { opts: { _n: { toString(): string }; es5?: boolean } };
  const n = String(scope.opts._n);
  const def = ajv.opts.code.es5 ? 'var' : 'const';
  const usedValues: Used = {};
  // Without Ajv's leading "use strict": an ES module is strict, and removing it after the join copied all the code once more.
  const out: string[] = [];
  const validateNames = new Map<string, string>();

  const usedState = (name: ScopeName): number | undefined => usedValues[name.prefix]?.get(name);
  const setUsedState = (name: ScopeName, state: number): void => {
    (usedValues[name.prefix] ??= new Map()).set(name, state);
  };

  /** ValueScope#scopeCode with getCode = refValidateCode, appending to `into`; `user` is the code they are for. */
  function scopeCode(values: Source['scopeValues'], user: string, into: string[]): void {
    let schemaNames: Set<string> | undefined;
    for (const prefix in values) {
      const vs = values[prefix];
      if (!vs) continue;
      const nameSet = (usedValues[prefix] ??= new Map());
      vs.forEach((name) => {
        if (nameSet.has(name)) return;
        // Ajv lists each function's schema among its values, used or not; other values' code may name
        // further values (`pattern0 = func0(…)`), so only schemas are left out when the code is silent.
        if (prefix === 'schema' && !(schemaNames ??= identifiers(user, 'schema')).has(String(name))) return;
        nameSet.set(name, STARTED);
        if (name.value === undefined) throw new Error(`CodeGen: name "${String(name)}" has no value`);
        const c = name.value.code;
        if (c) {
          into.push(`${def} ${String(name)} = ${valueCode(prefix, String(c))};${n}`);
        } else {
          const mark = into.length;
          if (!refValidateCode(name, into)) {
            into.length = mark;
            throw new Error(`CodeGen: "code" for ${String(name)} not defined`);
          }
          into.push(n);
        }
        nameSet.set(name, COMPLETED);
      });
    }
  }

  /** standaloneCode's validateCode, appending to `into`. */
  function validateCode(s: Source | undefined, into: string[]): void {
    // Only the document's root is compiled without its source (compileRootWithoutSource).
    if (!s) throw new Error('a schema refers to the whole document ($ref: "#"), which is not a schema');
    if (usedState(s.validateName) === COMPLETED) return;
    setUsedState(s.validateName, STARTED);
    scopeCode(s.scopeValues, s.validateCode, into);
    if (!s.evaluated) {
      into.push(n, s.validateCode);
      return;
    }
    // The function reads its `.evaluated` first thing; callers read it only after calling it.
    const evaluated = String(s.evaluated);
    const m = EVALUATED_PROLOGUE.exec(s.validateCode);
    if (m && m[2] === m[3] && m[2] === String(s.validateName)) {
      into.push(n, `${m[1]}${m[3]}.evaluated ??= ${evaluated};`, s.validateCode.slice(m[0].length));
    } else {
      into.push(n, s.validateCode, `${String(s.validateName)}.evaluated = ${evaluated};${n}`);
    }
  }

  /** standaloneCode's refValidateCode: false where Ajv's returns undefined (nothing appended). */
  function refValidateCode(name: ScopeName, into: string[]): boolean {
    const vRef = name.value?.ref;
    if (name.prefix === 'validate' && typeof vRef == 'function') {
      validateCode((vRef as { source?: Source }).source, into);
      return true;
    }
    if ((name.prefix === 'root' || name.prefix === 'wrapper') && typeof vRef == 'object' && vRef !== null) {
      const { validate, validateName } = vRef as { validate?: { source?: Source }; validateName?: ScopeName };
      if (!validateName) throw new Error('ajv internal error');
      into.push(`${def} ${String(name)} = {validate: ${String(validateName)}};`);
      if (usedState(validateName) === STARTED) return true;
      into.push(n);
      validateCode(validate?.source, into);
      return true;
    }
    return false;
  }

  for (const { key } of exports) {
    const v = ajv.getSchema(key);
    if (!v) throw new Error(`moduleCode: no schema with id ${key}`);
    const source = v.source as Source | undefined;
    validateNames.set(key, String(source?.validateName));
    validateCode(source, out);
  }
  return { code: out.join(''), validateNames };
}

/**
 * The export statements, to follow the code: the first name of each export holds the guarded
 * function (`guard` wraps it, marked pure so an unused export costs nothing), the others alias it.
 */
export function exportStatements(exports: readonly StandaloneExport[], validateNames: Map<string, string>, guard: string): string {
  const lines: string[] = [];
  for (const { key, names } of exports) {
    for (const name of names) if (!/^[a-z$_][a-z$_0-9]*$/i.test(name)) throw new Error(`CodeGen: invalid export name: ${name}, use explicit $id name mapping`);
    const [first, ...aliases] = names;
    if (first === undefined) continue;
    lines.push(`export const ${first} = /*#__PURE__*/ ${guard}(${validateNames.get(key)!});`);
    if (aliases.length > 0) lines.push(`export { ${aliases.map((a) => `${first} as ${a}`).join(', ')} };`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Every identifier in `code` that is `prefix` and digits (maybe inside a string: then it is merely
 * kept), in one pass of `indexOf`: a regular expression with a lookbehind took twice as long over
 * GitHub's 14 MB of validators.
 */
function identifiers(code: string, prefix: string): Set<string> {
  const out = new Set<string>();
  for (let at = code.indexOf(prefix); at !== -1; at = code.indexOf(prefix, at + 1)) {
    let end = at + prefix.length;
    while (isDigit(code.charCodeAt(end))) end++;
    if (end > at + prefix.length && !identifierChar(code.charCodeAt(at - 1)) && !identifierChar(code.charCodeAt(end))) out.add(code.slice(at, end));
  }
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** [A-Za-z0-9_$] (NaN, past either end of the text, is not). */
function identifierChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}
