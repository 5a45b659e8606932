/**
 * The regular-expression engine for a spec's `pattern`s and `patternProperties`: RE2 (the re2js
 * port), which matches in time linear in the input, so `^(a+)+$` against `aaaa…a!` answers at once
 * instead of backtracking for ever. Ajv takes it as `code.regExp` (check-spec, mock, the generated
 * validators all use it). What RE2 cannot run (backreferences, lookahead and lookbehind, repeat
 * counts over 1000) is refused with a located error rather than handed to a backtracking engine.
 */
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { RE2JS } from 're2js';
import type { LoadedDocument } from './document.js';
import { isObj, someObject } from './json.js';
import { listSchemas } from './sites.js';

/** Name the generated validators give the engine (see `standaloneSupport` in ajv.ts). */
export const SPEC_REGEXP_NAME = 'specRegExp';
/** The engine's name where the document has patterns that need `specPattern` (below) to reach RE2. */
export const SPEC_REGEXP_JS_NAME = 'specRegExpJs';

/**
 * `specPattern(pattern)`: the pattern as RE2 (after re2js's `translateRegExp`) should read it, as
 * JavaScript source so the generated validators define it verbatim and this module evaluates the
 * same text. A pattern JSON Schema's Unicode mode accepts keeps its meaning; long Unicode property
 * names (`\p{Letter}`, `\p{Script=Greek}`) are spelt as RE2 knows them. A pattern only valid as a
 * non-Unicode JavaScript regular expression (real documents write `[\w\!\']`) is read that way:
 * an identity escape stands for its character, and `-` beside a class escape (`[\w-.]`) is a
 * hyphen, where RE2 would read `\a`, `\z`, `\Q`, `\p` as escapes of its own or refuse the rest.
 */
const SPEC_PATTERN_SOURCE = String.raw`const specGeneralCategory = {
  Letter: "L", Cased_Letter: "LC", Uppercase_Letter: "Lu", Lowercase_Letter: "Ll", Titlecase_Letter: "Lt", Modifier_Letter: "Lm", Other_Letter: "Lo",
  Mark: "M", Combining_Mark: "M", Nonspacing_Mark: "Mn", Spacing_Mark: "Mc", Enclosing_Mark: "Me",
  Number: "N", Decimal_Number: "Nd", Letter_Number: "Nl", Other_Number: "No",
  Punctuation: "P", punct: "P", Connector_Punctuation: "Pc", Dash_Punctuation: "Pd", Open_Punctuation: "Ps", Close_Punctuation: "Pe",
  Initial_Punctuation: "Pi", Final_Punctuation: "Pf", Other_Punctuation: "Po",
  Symbol: "S", Math_Symbol: "Sm", Currency_Symbol: "Sc", Modifier_Symbol: "Sk", Other_Symbol: "So",
  Separator: "Z", Space_Separator: "Zs", Line_Separator: "Zl", Paragraph_Separator: "Zp",
  Other: "C", Control: "Cc", cntrl: "Cc", Format: "Cf", Surrogate: "Cs", Private_Use: "Co", Unassigned: "Cn",
};
function specPropertyNames(pattern) {
  return pattern.replace(/\\\\|\\([pP])\{(?:(General_Category|gc|Script|sc)=)?(\w+)\}/g, (m, p, kind, name) => {
    if (p === undefined) return m;
    const short = kind === "Script" || kind === "sc" ? name : specGeneralCategory[name] ?? name;
    return "\\" + p + "{" + short + "}";
  });
}
function specNonUnicode(pattern) {
  let out = "";
  let inClass = false;
  let afterClassEscape = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && i + 1 < pattern.length) {
      const next = String.fromCodePoint(pattern.codePointAt(i + 1));
      i += next.length;
      afterClassEscape = inClass && /[dDwWsS]/.test(next);
      out += /[apPAzQE]/.test(next) || next > "\x7f" ? next : c + next;
      continue;
    }
    if (inClass && c === "-" && (afterClassEscape || /^\\[dDwWsS]/.test(pattern.slice(i + 1, i + 3)))) out += "\\-";
    else out += c;
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    afterClassEscape = false;
  }
  return out;
}
function specPattern(pattern) {
  try {
    new RegExp(pattern, "u");
  } catch {
    try {
      new RegExp(pattern);
    } catch {
      return pattern;
    }
    return specNonUnicode(pattern);
  }
  return specPropertyNames(pattern);
}`;

/** The engine as the generated validators define it where every pattern reaches RE2 as written. */
export const SPEC_REGEXP_SOURCE = `import { RE2JS } from "re2js";
const ${SPEC_REGEXP_NAME} = (pattern) => RE2JS.compile(RE2JS.translateRegExp(pattern));`;

/** The engine as the generated validators define it where some pattern needs `specPattern`: kept identical to `compileSpecPattern`. */
export const SPEC_REGEXP_JS_SOURCE = `import { RE2JS } from "re2js";
${SPEC_PATTERN_SOURCE}
const ${SPEC_REGEXP_JS_NAME} = (pattern) => RE2JS.compile(RE2JS.translateRegExp(specPattern(pattern)));`;

const specPattern = new Function(`${SPEC_PATTERN_SOURCE}\nreturn specPattern;`)() as (pattern: string) => string;

/** Whether JavaScript accepts `pattern` with `flags` (constructing a RegExp only parses it: nothing runs). */
function parses(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}

/** `pattern` (ECMAScript syntax, as JSON Schema writes it) compiled by RE2; throws saying why RE2 cannot run it. */
export function compileSpecPattern(pattern: string): RE2JS {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(specPattern(pattern)));
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

/**
 * The engine for the validators of `document`: the same matching either way; the generated code
 * carries `specPattern` (SPEC_REGEXP_JS_SOURCE) only when one of the document's patterns needs it.
 */
export function specRegExpFor(document: unknown): RegExpEngine {
  const needed = someSchemaPattern(document, (pattern) => specPattern(pattern) !== pattern);
  return needed ? Object.assign((pattern: string) => compileSpecPattern(pattern), { code: SPEC_REGEXP_JS_NAME }) : specRegExp;
}

/**
 * Whether a pattern of the document's schemas passes `test`. Most documents have none that does: every
 * string that could be a pattern (any `pattern` value, any `patternProperties` key, in a schema or
 * not) is tried first, without the walk that finds schemas and builds their pointers (a quarter of a
 * second on GitHub's description).
 */
function someSchemaPattern(doc: unknown, test: (pattern: string) => boolean): boolean {
  return [...patternCandidates(doc)].some(test) && listPatterns(doc).some(({ pattern }) => test(pattern));
}

function patternCandidates(doc: unknown): Set<string> {
  const found = new Set<string>();
  // Iterative: documents are depth-bounded by parseText, but callers may hand over any value.
  someObject(doc, (obj) => {
    if (typeof obj.pattern === 'string') found.add(obj.pattern);
    if (isObj(obj.patternProperties)) for (const key of Object.keys(obj.patternProperties)) found.add(key);
  });
  return found;
}

/** Every `pattern` and `patternProperties` key of the document's schemas, with its pointer. */
function listPatterns(doc: unknown): Array<{ pattern: string; pointer: string }> {
  const out: Array<{ pattern: string; pointer: string }> = [];
  for (const { pointer, schema } of listSchemas(doc)) {
    if (typeof schema.pattern === 'string') out.push({ pattern: schema.pattern, pointer: `${pointer}/pattern` });
    const props = schema.patternProperties;
    if (props !== null && typeof props === 'object' && !Array.isArray(props))
      for (const key of Object.keys(props)) out.push({ pattern: key, pointer: `${pointer}/patternProperties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
  }
  return out;
}

export interface PatternProblem {
  ruleId: 'funcspec-pattern';
  message: string;
  pointer: string;
}

/** Every `pattern` and `patternProperties` key of the document's schemas that RE2 cannot run. */
export function patternProblems(doc: unknown): PatternProblem[] {
  const out: PatternProblem[] = [];
  for (const { pattern, pointer } of listPatterns(doc)) {
    try {
      compileSpecPattern(pattern);
    } catch (err) {
      out.push({ ruleId: 'funcspec-pattern', message: (err as Error).message, pointer });
    }
  }
  return out;
}

/** A pattern accepted under another reading than JSON Schema's, to report as a warning where it is written. */
export interface PatternWarning {
  pointer: string;
  message: string;
}

/**
 * Every pattern JSON Schema's Unicode mode refuses but non-Unicode JavaScript accepts: accepted,
 * read the non-Unicode way (see `specPattern`), and worth a warning since other validators may
 * refuse the document. Locate each with `LoadedDocument.locate(pointer)`.
 */
export function patternWarnings(doc: unknown): PatternWarning[] {
  const warned = (pattern: string): boolean => !parses(pattern, 'u') && parses(pattern, '');
  if (!someSchemaPattern(doc, warned)) return [];
  return listPatterns(doc)
    .filter(({ pattern }) => warned(pattern))
    .map(({ pattern, pointer }) => ({
      pointer,
      message: `pattern ${JSON.stringify(pattern)} is not a valid Unicode-mode regular expression, as JSON Schema reads patterns; it is read as a non-Unicode JavaScript one (an escaped punctuation mark or letter stands for itself)`,
    }));
}

/** `patternWarnings` of a loaded document as `file:line:column: warning: …` lines, in document order, for the command to print. */
export function patternWarningLines(loaded: Pick<LoadedDocument, 'file' | 'data' | 'locate'>): string[] {
  return patternWarnings(loaded.data)
    .map((w) => ({ ...w, at: loaded.locate(w.pointer) }))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
    .map((w) => `${loaded.file}:${w.at.line}:${w.at.column}: warning: ${w.message}`);
}
