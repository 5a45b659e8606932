/**
 * The JSON examples of a page capture: every JSON object or array printed in the request-example
 * and response-example sections, with the status it is printed under.
 *
 * Sections open at `请求示例` / `Example Requests` (request) and `响应示例` / `Example Responses` /
 * `Sample success responses` (response, status 200 unless a `状态码: N` / `Status code: N` line
 * says otherwise) and close at the SDK samples, the status-code table or the error codes. A `{`
 * counts as the start of JSON only when a `"` or `}` follows it, so URL templates such as
 * `https://{Endpoint}/v2/{project_id}` on the same line are not mistaken for it.
 */
import type { MessageSide } from './page-table.js';

export interface PageExample {
  direction: MessageSide;
  /** For responses: the status it is printed under. */
  status?: string;
  /** 1-based line where the JSON starts. */
  line: number;
  /** The parsed value; absent when the text is not valid JSON (see `error`). */
  value?: unknown;
  error?: string;
}

const REQUEST_RE = /^(?:请求示例|Example Requests?|Request examples?|Sample requests?)$/i;
const RESPONSE_RE = /^(?:响应示例|Example Responses?|Response examples?|Sample success responses|Sample error responses)$/i;
const END_RE = /^(?:SDK代码示例|SDK Sample Code|状态码|Status Codes?|错误码|Error codes?|Change history)$/i;
const STATUS_RE = /^(?:状态码|Status code)\s*[:：]\s*(\d{3}|default)\b/i;

/** End index (exclusive) of the JSON value starting at `start`, or -1 when the brackets never balance. */
function jsonEnd(text: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') stack.push(ch === '{' ? '}' : ']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

function startsJson(text: string, i: number): boolean {
  const rest = text.slice(i + 1, i + 200).replace(/^\s+/, '');
  if (text[i] === '{') return rest.startsWith('"') || rest.startsWith('}');
  return /^(?:[{"\]\d-]|true|false|null)/.test(rest);
}

export function pageExamples(text: string): PageExample[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const offsets: number[] = [];
  let acc = 0;
  for (const l of lines) {
    offsets.push(acc);
    acc += l.length + 1;
  }
  const whole = lines.join('\n');
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const out: PageExample[] = [];
  let direction: MessageSide | undefined;
  let status: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (REQUEST_RE.test(t)) {
      direction = 'request';
      status = undefined;
      continue;
    }
    if (RESPONSE_RE.test(t)) {
      direction = 'response';
      status = '200';
      continue;
    }
    if (direction === undefined) continue;
    if (END_RE.test(t)) {
      direction = undefined;
      continue;
    }
    const sm = STATUS_RE.exec(t);
    if (sm?.[1] && direction === 'response') {
      status = sm[1];
      continue;
    }
    const line = lines[i]!;
    for (let c = 0; c < line.length; c++) {
      const ch = line[c];
      const start = offsets[i]! + c;
      if ((ch !== '{' && ch !== '[') || !startsJson(whole, start)) continue;
      const end = jsonEnd(whole, start);
      const base = { direction, line: i + 1, ...(direction === 'response' && status ? { status } : {}) };
      if (end < 0) {
        out.push({ ...base, error: 'brackets do not balance' });
        i = lines.length;
        break;
      }
      const raw = whole.slice(start, end);
      try {
        out.push({ ...base, value: JSON.parse(raw) });
      } catch (err) {
        out.push({ ...base, error: (err as Error).message });
      }
      i = lineAt(end - 1) - 1;
      break;
    }
  }
  return out;
}
