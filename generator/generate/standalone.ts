/** Ajv's `standaloneCode` for many exports in linear time: the same text, built from parts joined once. */
import type { Ajv2020 as Ajv } from 'ajv/dist/2020.js';
import scopeModule from 'ajv/dist/compile/codegen/scope.js';

/*
 * Ajv 8's standaloneCode (ajv/dist/standalone/index.js) and ValueScope#scopeCode append each piece with
 * its `_` template, which copies everything built so far: quadratic in the number of validators (22 s
 * for GitHub's description). This follows the same walk, in the same order, appending strings instead.
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

const { UsedValueState } = (scopeModule as unknown as { default?: typeof scopeModule }).default ?? scopeModule;
const STARTED: number = UsedValueState.Started;
const COMPLETED: number = UsedValueState.Completed;

/** What `standaloneCode(ajv, exports)` returns (ESM, validators already compiled), without its quadratic copying. */
export function standaloneExports(ajv: Ajv, exports: Record<string, string>): string {
  if (!ajv.opts.code.source) throw new Error('moduleCode: ajv instance must have code.source option');
  const scope = ajv.scope as unknown as { opts: { _n: { toString(): string }; es5?: boolean } };
  const n = String(scope.opts._n);
  const def = ajv.opts.code.es5 ? 'var' : 'const';
  const usedValues: Used = {};
  const out: string[] = ['"use strict";'];

  const usedState = (name: ScopeName): number | undefined => usedValues[name.prefix]?.get(name);
  const setUsedState = (name: ScopeName, state: number): void => {
    (usedValues[name.prefix] ??= new Map()).set(name, state);
  };

  /** ValueScope#scopeCode with getCode = refValidateCode, appending to `into`. */
  function scopeCode(values: Source['scopeValues'], into: string[]): void {
    for (const prefix in values) {
      const vs = values[prefix];
      if (!vs) continue;
      const nameSet = (usedValues[prefix] ??= new Map());
      vs.forEach((name) => {
        if (nameSet.has(name)) return;
        nameSet.set(name, STARTED);
        if (name.value === undefined) throw new Error(`CodeGen: name "${String(name)}" has no value`);
        const c = name.value.code;
        if (c) {
          into.push(`${def} ${String(name)} = ${String(c)};${n}`);
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
    if (!s) throw new Error('moduleCode: function does not have "source" property');
    if (usedState(s.validateName) === COMPLETED) return;
    setUsedState(s.validateName, STARTED);
    scopeCode(s.scopeValues, into);
    into.push(n, s.validateCode);
    if (s.evaluated) into.push(`${String(s.validateName)}.evaluated = ${String(s.evaluated)};${n}`);
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

  for (const name in exports) {
    const v = ajv.getSchema(exports[name]!);
    if (!v) throw new Error(`moduleCode: no schema with id ${exports[name]}`);
    if (!/^[a-z$_][a-z$_0-9]*$/i.test(name)) throw new Error(`CodeGen: invalid export name: ${name}, use explicit $id name mapping`);
    out.push(n, `export const ${name} = ${String((v.source as Source | undefined)?.validateName)};`, n);
    validateCode(v.source as Source | undefined, out);
  }
  return out.join('');
}
