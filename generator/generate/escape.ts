/**
 * The one place where text from input (specs, config, file paths) is made safe for each context it
 * reaches in a generated file. Emitters and templates print input only through these functions.
 */
import { isIdentifier } from './names.js';

/** Characters that end a line in JavaScript source; `\r\n` counts as one. */
const LINE_TERMINATORS = /\r\n|[\r\n\u2028\u2029]/g;
const HAS_LINE_TERMINATOR = /[\r\n\u2028\u2029]/;

/** Lone surrogates: not valid UTF-16 text, so written as escapes (as JSON.stringify does). */
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
// Control characters are exactly what these find (built from strings, so no literal control characters).
const DOUBLE_QUOTED_SPECIAL = new RegExp(`["\\\\\\u0000-\\u001f\\u007f\\u2028\\u2029]|${LONE_SURROGATE}`, 'g');
const SINGLE_QUOTED_SPECIAL = new RegExp(`['\\\\\\u0000-\\u001f\\u007f\\u2028\\u2029]|${LONE_SURROGATE}`, 'g');

/** What a character becomes inside a JavaScript string literal when it cannot stand for itself. */
function escapeChar(ch: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\\': '\\\\', '"': '\\"', "'": "\\'" };
  return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The inside of a JavaScript string literal delimited by `quote`: backslashes, the quote, control
 * characters, U+2028/U+2029 and lone surrogates are escaped, so the text can never end the literal.
 */
export function jsStringContent(text: string, quote: '"' | "'"): string {
  return text.replace(quote === '"' ? DOUBLE_QUOTED_SPECIAL : SINGLE_QUOTED_SPECIAL, escapeChar);
}

/**
 * A JavaScript string literal (double-quoted, as JSON writes it). `htmlSafe` also writes `<`, `>` and
 * `&` as escapes (the same string), for code shown where HTML might be read, such as the README.
 */
export function jsString(text: string, options: { htmlSafe?: boolean } = {}): string {
  const content = jsStringContent(text, '"');
  return `"${options.htmlSafe ? content.replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : content}"`;
}

/**
 * A JavaScript literal for a JSON-like value (strings, numbers, booleans, null, arrays, plain
 * objects): JSON as `JSON.stringify` writes it, except that it stays exact where JSON cannot (`-0`,
 * `NaN`, `Infinity`) or where JavaScript reads JSON differently (U+2028/U+2029, and a `__proto__` key,
 * which in an object literal would set the prototype instead of adding a property).
 */
export function jsLiteral(value: unknown, options: { htmlSafe?: boolean } = {}): string {
  if (typeof value === 'string') return jsString(value, options);
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0';
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(value);
  }
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : jsLiteral(v, options))).join(',')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k === '__proto__' ? `[${jsString(k, options)}]` : jsString(k, options)}:${jsLiteral(v, options)}`);
    return `{${members.join(',')}}`;
  }
  throw new Error(`jsLiteral: cannot write a ${typeof value} as a JavaScript literal`);
}

/**
 * The TypeScript type of a value list `as const`, written out (`readonly ["a", 1]`), so that the
 * declaration can be emitted without a type checker. A number that has no literal type (`NaN`,
 * `Infinity`, `-0`) is `number`, as TypeScript itself infers it.
 */
export function tsTupleType(values: ReadonlyArray<string | number>): string {
  const literal = (v: string | number): string => (typeof v === 'string' ? jsString(v) : Number.isFinite(v) && !Object.is(v, -0) ? String(v) : 'number');
  return `readonly [${values.map(literal).join(', ')}]`;
}

/**
 * An identifier, unchanged. The model only holds names it has checked (build-model.ts refuses the rest
 * with a located error); this is the last line, so a name that slipped through is a bug, not output.
 */
export function jsIdentifier(name: string): string {
  if (!isIdentifier(name)) throw new Error(`funcspec bug: '${name}' reached generated code as an identifier`);
  return name;
}

/**
 * Text inside a `/** … *\/` block comment. Only the terminator can end a block comment, so `*\/` is
 * broken up (backticks and `${` are inert there); line ends are normalised to `\n` (callers put the
 * ` * ` prefixes in), and the rest is kept.
 */
export function jsDocText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(LINE_TERMINATORS, '\n');
}

/** Text on a `// …` line: any line terminator would end the comment, so they are written as escapes. */
export function lineCommentText(text: string): string {
  return text.replace(LINE_TERMINATORS, (ch) => (ch === '\r\n' ? '\\r\\n' : escapeChar(ch)));
}

/** Characters that mean something in Markdown inline text or raw HTML. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~]/g;
const HTML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Inline Markdown text (a heading, a table cell): no HTML (`<`, `>` and `&` become entities), no
 * links, emphasis or code (their punctuation is backslash-escaped), no `|` ending a table cell, and
 * one line.
 */
export function markdownText(text: string): string {
  return text.replace(LINE_TERMINATORS, ' ').replace(MARKDOWN_SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}

/**
 * A Markdown code span showing `text` literally: fenced with more backticks than any run inside it
 * (so it cannot be closed early, which would let the rest be read as Markdown or HTML), one line,
 * and inside a table row `|` escaped (GitHub splits cells before it reads code spans). Text with
 * `<`, `>` or `&` becomes `<code>` with escaped text instead, so no renderer ever meets raw HTML.
 */
export function markdownCode(text: string, where: 'text' | 'table' = 'text'): string {
  if (/[<>&]/.test(text)) return `<code>${markdownText(text)}</code>`;
  let body = text.replace(LINE_TERMINATORS, ' ');
  if (where === 'table') body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A line inside a fenced Markdown code block: kept on one line, so it can never close the fence. */
export function markdownFenced(text: string): string {
  return text.replace(LINE_TERMINATORS, ' ');
}

/**
 * A TypeScript fragment an emitter assembled from identifiers and `jsLiteral`s (a type expression).
 * It is printed as it is; the check only catches a raw value that was pasted in by mistake.
 */
export function codeFragment(code: string): string {
  if (HAS_LINE_TERMINATOR.test(code)) {
    throw new Error(`funcspec bug: a code fragment holds a line break: ${JSON.stringify(code)}`);
  }
  return code;
}
