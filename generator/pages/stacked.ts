/**
 * Reader of the "stacked" layout (pages 000, 001, 004): a label line `表N caption` / `Table N caption`,
 * then one paragraph per cell, paragraphs separated by blank lines.
 *
 * A description can run over several paragraphs (enum lists, "参数解释:" blocks, ...), so a row is
 * recognised by its shape: a single identifier-like paragraph followed by a type paragraph
 * (optionally with a Yes/No/是/否 paragraph in between). Cells the capture dropped (the empty 是否必选
 * column of 000/004) are simply absent.
 */
import { LABEL_RE, normaliseLabel, parseMandatory, PIPE_SEPARATOR_RE, roleOf, STATUS_RE, type PageRow, type RawTable, type Role } from './page-table.js';

/** Section headings that end a stacked table (the last row's description stops before them). */
const SECTION_STOPS = new Set(
  [
    'URI',
    '请求参数',
    '响应参数',
    '请求示例',
    '响应示例',
    'SDK代码示例',
    '状态码',
    '错误码',
    'Request Parameters',
    'Response Parameters',
    'Example Requests',
    'Example Responses',
    'SDK Sample Code',
    'Status Codes',
    'Status Code',
    'Error Codes',
  ].map((s) => s.toLowerCase()),
);
/** A field name as the pages print it: identifiers, dotted names, HTTP header names. */
const NAME_RE = /^[A-Za-z_$][\w.$-]*$/;
/** The type cell of the stacked layout. */
const TYPE_RE = /^(?:String|Integer|Long|Boolean|Float|Double|Number|Object|BigDecimal|Array of [A-Za-z]\w*|Array of [A-Za-z]\w* objects|[A-Z]\w* object|Map<[^<>]+>)$/;

interface Chunk {
  text: string;
  line: number; // 1-based
  lastLine: number; // 1-based
}

function isStop(chunk: Chunk): boolean {
  const first = chunk.text.split('\n')[0]?.trim() ?? '';
  return LABEL_RE.test(first) || STATUS_RE.test(first) || SECTION_STOPS.has(first.toLowerCase()) || PIPE_SEPARATOR_RE.test(first);
}

function chunksFrom(lines: readonly string[], from: number): Chunk[] {
  const out: Chunk[] = [];
  let cur: string[] = [];
  let start = -1;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l.trim() === '') {
      if (cur.length) out.push({ text: cur.join('\n'), line: start + 1, lastLine: i });
      cur = [];
      continue;
    }
    if (!cur.length) start = i;
    cur.push(l);
  }
  if (cur.length) out.push({ text: cur.join('\n'), line: start + 1, lastLine: lines.length });
  return out;
}

/** A stacked table starting at its label line. */
export function parseStacked(lines: readonly string[], labelIndex: number, issues: string[]): RawTable {
  const m = LABEL_RE.exec((lines[labelIndex] ?? '').trim());
  const label = normaliseLabel(m?.[1] ?? '');
  const caption = m?.[2]?.trim();
  const chunks = chunksFrom(lines, labelIndex + 1);
  let k = 0;
  const columns: string[] = [];
  const seenRoles = new Set<Role>();
  while (k < chunks.length) {
    const c = chunks[k]!;
    const role = c.text.includes('\n') ? undefined : roleOf(c.text);
    // A role seen already means the header is over (a first field may be called `name` or `type`).
    if (role === undefined || seenRoles.has(role)) break;
    seenRoles.add(role);
    columns.push(c.text.trim());
    k++;
  }
  const hasMandatory = columns.some((c) => roleOf(c) === 'mandatory');
  const isName = (c: Chunk | undefined): boolean => !!c && !c.text.includes('\n') && NAME_RE.test(c.text);
  const isType = (c: Chunk | undefined): boolean => !!c && !c.text.includes('\n') && TYPE_RE.test(c.text.trim());
  const rowStart = (j: number): { mandatory?: Chunk; type: Chunk } | undefined => {
    if (!isName(chunks[j])) return undefined;
    if (isType(chunks[j + 1])) return { type: chunks[j + 1]! };
    const mc = chunks[j + 1];
    if (hasMandatory && mc && parseMandatory(mc.text) !== undefined && isType(chunks[j + 2])) return { mandatory: mc, type: chunks[j + 2]! };
    return undefined;
  };
  const rows: PageRow[] = [];
  let endLine = chunks[k - 1]?.lastLine ?? labelIndex + 1;
  let current: { row: PageRow; desc: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    if (current.desc.length) current.row.description = current.desc.join('\n');
    rows.push(current.row);
    current = undefined;
  };
  // The paragraph right after a type cell is that row's description even when it reads like a
  // heading (000's error tables describe error_code as 错误码, which is also a section title).
  let expectDescription = false;
  while (k < chunks.length) {
    const c = chunks[k]!;
    const labelLine = LABEL_RE.test(c.text.split('\n')[0]?.trim() ?? '');
    if (labelLine || (!expectDescription && isStop(c))) break;
    expectDescription = false;
    const start = rowStart(k);
    if (start) {
      flush();
      const row: PageRow = { field: c.text.trim(), line: c.line, type: start.type.text.trim() };
      const mand = start.mandatory ? parseMandatory(start.mandatory.text) : undefined;
      if (mand) row.mandatory = mand;
      current = { row, desc: [] };
      k += start.mandatory ? 3 : 2;
      endLine = start.type.lastLine;
      expectDescription = true;
      continue;
    }
    if (!current) {
      issues.push(`line ${c.line}: text before the first row of ${label}: ${JSON.stringify(c.text.slice(0, 60))}`);
    } else {
      current.desc.push(
        c.text
          .split('\n')
          .map((l) => l.trim())
          .join('\n'),
      );
    }
    endLine = c.lastLine;
    k++;
  }
  flush();
  return { line: labelIndex + 1, endLine, label, ...(caption ? { caption } : {}), columns, rows, layout: 'stacked' };
}
