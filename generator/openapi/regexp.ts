/**
 * The regular-expression engine for a spec's `pattern`s and `patternProperties`: RE2 (the re2js
 * port), which matches in time linear in the input, so `^(a+)+$` against `aaaa…a!` answers at once
 * instead of backtracking for ever. Ajv takes it as `code.regExp` (check-spec, mock, the generated
 * validators all use it). What RE2 cannot run (backreferences, lookahead and lookbehind, repeat
 * counts over 1000) is refused with a located error rather than handed to a backtracking engine.
 */
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { RE2JS } from 're2js';
import { listSchemas } from './sites.js';

/** Name the generated validators give the engine (see `standaloneSupport` in ajv.ts). */
export const SPEC_REGEXP_NAME = 'specRegExp';

/** The engine as the generated validators define it: kept identical to `compileSpecPattern` below. */
export const SPEC_REGEXP_SOURCE = `import { RE2JS } from "re2js";
const ${SPEC_REGEXP_NAME} = (pattern) => RE2JS.compile(RE2JS.translateRegExp(pattern));`;

/** `pattern` (ECMAScript syntax, as JSON Schema writes it) compiled by RE2; throws saying why RE2 cannot run it. */
export function compileSpecPattern(pattern: string): RE2JS {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch (err) {
    const why = (err as Error).message.replace(/^error parsing regexp: /, '');
    throw new Error(
      `pattern ${JSON.stringify(pattern)} cannot be matched in linear time (RE2: ${why}); backreferences, lookarounds and repeat counts over 1000 are not supported`,
      {
        cause: err,
      },
    );
  }
}

/** Ajv's `code.regExp`: the flags Ajv passes (`u`) are RE2's default behaviour. */
export const specRegExp: RegExpEngine = Object.assign((pattern: string) => compileSpecPattern(pattern), { code: SPEC_REGEXP_NAME });

export interface PatternProblem {
  ruleId: 'funcspec-pattern';
  message: string;
  pointer: string;
}

/** Every `pattern` and `patternProperties` key of the document's schemas that RE2 cannot run. */
export function patternProblems(doc: unknown): PatternProblem[] {
  const out: PatternProblem[] = [];
  const check = (pattern: string, pointer: string): void => {
    try {
      compileSpecPattern(pattern);
    } catch (err) {
      out.push({ ruleId: 'funcspec-pattern', message: (err as Error).message, pointer });
    }
  };
  for (const { pointer, schema } of listSchemas(doc)) {
    if (typeof schema.pattern === 'string') check(schema.pattern, `${pointer}/pattern`);
    const props = schema.patternProperties;
    if (props !== null && typeof props === 'object' && !Array.isArray(props))
      for (const key of Object.keys(props)) check(key, `${pointer}/patternProperties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
  return out;
}
