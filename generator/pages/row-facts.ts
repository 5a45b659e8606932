/**
 * The constraints a row's description states in prose, in the phrasings the captured pages use:
 *
 *   enum     `枚举值:` / `Enumeration values:` / `取值范围:` followed by bullet or `value: meaning` lines;
 *            `取值范围为:128、256、512。`; `取值有5种。 inline: ... zip: ...`; `The value can be 128, 256, ... or
 *            4096.`; 003's `Valid values: a, b, and c.`
 *   range    `范围3~259200秒`, `取值1到1000`, `最小值为128,最大值为4096`, `Value range: 3s–259,200s`,
 *            `ranges from –1 to 1000`, `Minimum value: 1.`, `The minimum value is 1 second.`
 *   length   `最小长度:3` / `最大长度:128`, `长度不超过60个字符`, `长度为32个字符`, `总长度不超过4KB`, `total length cannot exceed 4 KB`,
 *            `Minimum length: 3 character.` / `Maximum length: 128 characters.`
 *
 *   default  `缺省值:v2`, `默认取值:` followed by the value on its own line, `Default value: 3.`,
 *            `The default value is 3 seconds.`
 *
 * Each fact keeps the text it was read from, so a report can quote the page. Phrasings not listed
 * here are not guessed at: a fact the parser cannot read is absent, never invented.
 */

export type BoundKeyword = 'minimum' | 'maximum' | 'minLength' | 'maxLength';
export const STATED_BOUND_KEYWORDS: readonly BoundKeyword[] = ['minimum', 'maximum', 'minLength', 'maxLength'];

export interface Stated<T> {
  value: T;
  /** The phrase of the description that states it. */
  text: string;
}

export interface RowFacts {
  enum?: Stated<string[]>;
  /** As printed (`v2`, `3`, `application/json`); compared with the spec's default as text. */
  default?: Stated<string>;
  minimum?: Stated<number>;
  maximum?: Stated<number>;
  minLength?: Stated<number>;
  maxLength?: Stated<number>;
}

/** On a line of its own, or (with its colon) ending a sentence: `挂件的主题颜色。 枚举值:`. */
const ENUM_INTRO_RE = /(?:^(?:枚举值|Enumeration values|取值范围|Valid values)\s*[:：]?|(?:^|[\s。.,，])(?:枚举值|Enumeration values|取值范围|Valid values)\s*[:：])\s*$/i;
const BULLET_RE = /^[•·▪◦*-]\s*(.+)$/;
/** `inline: UI在线编辑代码。`, `Cangjie1.0:仓颉1.0版本`, `C#(.NET Core 2.1): C# 2.1`. */
// eslint-disable-next-line no-control-regex -- the range starts at \x00 on purpose: after the colon comes a space or any non-ASCII character
const VALUE_LINE_RE = /^([A-Za-z0-9][\x20-\x39\x3b-\x7e]*?)\s*[:：](?:\s|[^\x00-\x7f]|$)/;
/** An enum value as the pages print them: printable ASCII, no sentence punctuation. */
const TOKEN_RE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

function valueOfLine(line: string): string | undefined {
  const bullet = BULLET_RE.exec(line);
  const body = (bullet?.[1] ?? line).trim();
  const named = VALUE_LINE_RE.exec(body);
  if (named?.[1]) return named[1].trim();
  if (bullet && TOKEN_RE.test(body) && !/[.。,，;；]$/.test(body)) return body;
  return undefined;
}

/** A block: an intro line, then one value per line until the first line that is not a value. */
function blockEnum(lines: readonly string[]): Stated<string[]> | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!ENUM_INTRO_RE.test(lines[i]!)) continue;
    const values: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const v = valueOfLine(lines[j]!);
      if (v === undefined) break;
      values.push(v);
    }
    if (values.length > 0) return { value: values, text: lines.slice(i, j).join(' ') };
  }
  return undefined;
}

function inlineEnum(text: string): Stated<string[]> | undefined {
  const zh = /取值范围为\s*[:：]\s*([^。;；]+)/.exec(text);
  if (zh?.[1]) {
    const items = zh[1].split('、').map((s) => s.trim());
    if (items.length > 1 && items.every((s) => TOKEN_RE.test(s))) return { value: items, text: zh[0] };
  }
  // `函数代码类型,取值有5种。 inline: ... zip: ...`: the count says how many `value:` phrases follow.
  const counted = /取值有\s*(\d+)\s*种/.exec(text);
  if (counted?.[1]) {
    const n = Number(counted[1]);
    const rest = text.slice(counted.index + counted[0].length);
    const names = [...rest.matchAll(/(?:^|[\s。,，;；])([A-Za-z0-9][\w.#()-]*)\s*[:：]/g)].map((m) => m[1]!);
    if (names.length >= n && n > 1) return { value: names.slice(0, n), text: `${counted[0]} ${names.slice(0, n).join(', ')}` };
  }
  // `The value can be 128, 256, ... or 4096.`; two alternatives are prose (`0 or –1`), not a list.
  const canBe = /The value can be\s+(.+?)\.(?=\s|$)/i.exec(text);
  if (canBe?.[1]) {
    const items = canBe[1]
      .split(/\s*,\s*(?:or\s+)?|\s+or\s+/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (items.length > 2 && items.every((s) => TOKEN_RE.test(s) && !/\s/.test(s))) return { value: items, text: canBe[0] };
  }
  // A dot ends the list only when no digit follows it: `python3.10, python3.9, and custom.`
  const en = /Valid values\s*:\s*(.+?)\.(?=\s|$)/i.exec(text);
  if (en?.[1]) {
    const items = en[1]
      .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
      .map((s) => s.trim().replace(/\s+(?:MB|GB|KB|s|seconds?)$/i, ''))
      .filter((s) => s !== '');
    if (items.length > 1 && items.every((s) => TOKEN_RE.test(s) && !/\s/.test(s))) return { value: items, text: en[0] };
  }
  return undefined;
}

/** `–1`, `259,200` as the pages print numbers (en dash for minus, thousands separators). */
function num(s: string): number {
  return Number(s.replace(/^[–−]/, '-').replace(/,/g, ''));
}

const NUMBER = '([-–−]?\\d[\\d,]*(?:\\.\\d+)?)';
/** `scale` converts a unit (`4KB` is read as 4096 characters, as the specs transcribe it). */
type Rule = { re: RegExp; set: Array<BoundKeyword | undefined>; scale?: number };

/** Tried in order; the first phrase stating a bound wins. */
const BOUND_RULES: readonly Rule[] = [
  { re: new RegExp(`范围\\s*[:：为]?\\s*${NUMBER}\\s*[~～]\\s*${NUMBER}`), set: ['minimum', 'maximum'] },
  { re: new RegExp(`取值${NUMBER}\\s*到\\s*${NUMBER}`), set: ['minimum', 'maximum'] },
  { re: new RegExp(`最小值为\\s*${NUMBER}`), set: ['minimum'] },
  { re: new RegExp(`最大值为\\s*${NUMBER}`), set: ['maximum'] },
  { re: new RegExp(`(?:Value range|Range)\\s*:?\\s*${NUMBER}\\s*[A-Za-z]*\\s*(?:–|-|~|to)\\s*${NUMBER}`, 'i'), set: ['minimum', 'maximum'] },
  { re: new RegExp(`ranges? from\\s+${NUMBER}\\s*[A-Za-z]*\\s+to\\s+${NUMBER}`, 'i'), set: ['minimum', 'maximum'] },
  { re: new RegExp(`Minimum value\\s*:\\s*${NUMBER}`, 'i'), set: ['minimum'] },
  { re: new RegExp(`Maximum value\\s*:\\s*${NUMBER}`, 'i'), set: ['maximum'] },
  { re: new RegExp(`The minimum value is\\s+${NUMBER}`, 'i'), set: ['minimum'] },
  { re: new RegExp(`The maximum value is\\s+${NUMBER}`, 'i'), set: ['maximum'] },
  { re: /最小长度\s*[:：]\s*(\d+)/, set: ['minLength'] },
  { re: /最大长度\s*[:：]\s*(\d+)/, set: ['maxLength'] },
  { re: /长度不超过\s*(\d+)\s*个字符/, set: ['maxLength'] },
  { re: /长度不超过\s*(\d+)\s*KB/i, set: ['maxLength'], scale: 1024 },
  { re: /长度为\s*(\d+)\s*个字符/, set: ['minLength', 'maxLength'] },
  { re: /total length cannot exceed\s*(\d+)\s*KB/i, set: ['maxLength'], scale: 1024 },
  { re: /Minimum length\s*:\s*(\d+)/i, set: ['minLength'] },
  { re: /Maximum length\s*:\s*(\d+)/i, set: ['maxLength'] },
];

/** `默认取值:` / `Default value:` on a line of its own, the value on the next line (`不涉及。` is none). */
const DEFAULT_INTRO_RE = /^(?:默认取值|缺省值|Default value)\s*[:：]?$/i;

function statedDefault(lines: readonly string[], flat: string): Stated<string> | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!DEFAULT_INTRO_RE.test(lines[i]!)) continue;
    const v = lines[i + 1]!.replace(/[。.]$/, '');
    if (TOKEN_RE.test(v) && !/\s/.test(v)) return { value: v, text: `${lines[i]} ${lines[i + 1]}` };
  }
  const inline =
    /缺省值\s*[:：]\s*([\x21-\x7e]+?)(?=[\s。,，;；]|$)/.exec(flat) ??
    /Default value\s*:\s*([^\s,;]+?)\.?(?=\s|$)/i.exec(flat) ??
    /The default value is\s+(-?\d+(?:\.\d+)?|true|false)\b/i.exec(flat);
  return inline?.[1] ? { value: inline[1], text: inline[0] } : undefined;
}

export function rowFacts(description: string | undefined): RowFacts {
  const facts: RowFacts = {};
  if (!description) return facts;
  const lines = description
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const flat = lines.join(' ');
  const listed = blockEnum(lines) ?? inlineEnum(flat);
  if (listed) facts.enum = listed;
  const byDefault = statedDefault(lines, flat);
  if (byDefault) facts.default = byDefault;
  for (const { re, set, scale } of BOUND_RULES) {
    const m = re.exec(flat);
    if (!m) continue;
    // `长度为32个字符` states both bounds with one number.
    set.forEach((kw, k) => {
      const raw = m[Math.min(k + 1, m.length - 1)];
      if (kw && raw !== undefined && facts[kw] === undefined) facts[kw] = { value: num(raw) * (scale ?? 1), text: m[0] };
    });
  }
  return facts;
}
