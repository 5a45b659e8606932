/**
 * Parser of the vendor page captures in `../shared/docs/*.txt`: finds every parameter table of a page
 * and returns its rows (field name, mandatory flag, type, description) with line numbers.
 *
 * The captures are plain text that lost the table borders. Two layouts occur:
 *
 * - "stacked" (000, 001, 004): a label line `表N caption` / `Table N caption`, then one paragraph per
 *   cell, paragraphs separated by blank lines. A description can run over several paragraphs (enum
 *   lists, "参数解释:" blocks, ...), so a row is recognised by its shape: a single identifier-like
 *   paragraph followed by a type paragraph (optionally with a Yes/No/是/否 paragraph in between).
 *   Cells the capture dropped (the empty 是否必选 column of 000/004) are simply absent.
 * - "piped" (002, 003): Markdown-like pipe tables whose header row is followed by a `---|---|` line.
 *   Each cell ends with `|`; a cell may hold line breaks (the `|` then comes on a later line), and
 *   002 prints each cell on its own line. Tables follow each other without a blank line.
 *
 * Only parameter tables are returned (header starting with 参数 / Parameter); other tables
 * (authorization, change history, status codes, ...) are listed under `skipped` so a caller can see
 * they were recognised and deliberately left out.
 *
 * Labels are what the spec's `x-source` cites (see spec/CONVENTIONS.md): the printed `表N` /
 * `Table N`; for a page that prints none, Chinese 参数 tables are numbered `表1`, `表2`, ... in order
 * of appearance and English Parameter tables take the heading printed above them (003's
 * `Request parameters`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Mandatory = 'yes' | 'no';
/** Where a table's fields go in an HTTP request/response. Model tables (FuncVpc, ...) are `body`. */
export type TableKind = 'path' | 'query' | 'header' | 'body';
export type Direction = 'request' | 'response';

export interface PageRow {
  /** The field name; `''` when the capture lost the name cell (see `nameLost`). */
  field: string;
  /** From the 是否必选/Mandatory/Required column; absent when the column or its value is missing. */
  mandatory?: Mandatory;
  type?: string;
  description?: string;
  /** From an Example column (003). */
  example?: string;
  /** 1-based line of the row's first cell. */
  line: number;
  /** The row's name cell was lost (003 prints array-item and map-value rows without a name). */
  nameLost?: true;
}

export interface PageTable {
  /** Three-digit page id, the prefix of the capture's file name. */
  page: string;
  /** `表3`, `Table 7`, `Request parameters`: what `x-source` cites after the page id. */
  label: string;
  /** Printed text after the label: `请求Body参数`, `FuncVpc`, `Request body parameters`. */
  caption?: string;
  /** 1-based line of the label (or of the header row when no label is printed). */
  line: number;
  /** Header cells as printed. */
  columns: string[];
  rows: PageRow[];
  kind: TableKind;
  direction: Direction;
  /** HTTP status the table belongs to, from the nearest `状态码: N` / `Status code: N` above it. */
  status?: string;
}

export interface SkippedTable {
  line: number;
  columns: string[];
  label?: string;
  reason: string;
}

export interface PageHeading {
  text: string;
  line: number;
}

export interface ParsedPage {
  page: string;
  /** Parameter tables in order of appearance. */
  tables: PageTable[];
  /** Tables recognised but not parameter tables. */
  skipped: SkippedTable[];
  /**
   * Short stand-alone lines outside tables (`URI`, `请求参数`, `Request syntax`, `Sample success
   * responses`, ...): the sections an `x-source` may cite when the fact is not in a table.
   */
  headings: PageHeading[];
  /** Things the parser could not make sense of (cell counts that do not divide, stray text, ...). */
  issues: string[];
}

type Role = 'field' | 'mandatory' | 'type' | 'description' | 'example';

const COLUMN_ROLES: Array<[RegExp, Role]> = [
  [/^(参数|参数名|参数名称|名称|Parameter|Parameters|Name)$/i, 'field'],
  [/^(是否必选|必选|是否必填|必填|Mandatory|Required)$/i, 'mandatory'],
  [/^(参数类型|类型|Type)$/i, 'type'],
  [/^(描述|说明|Description)$/i, 'description'],
  [/^(示例|示例值|Example)$/i, 'example'],
];

function roleOf(column: string): Role | undefined {
  return COLUMN_ROLES.find(([re]) => re.test(column.trim()))?.[1];
}

/** A header whose first cell is 参数 / Parameter marks a parameter table. */
function isParameterHeader(columns: readonly string[]): boolean {
  return roleOf(columns[0] ?? '') === 'field';
}

function parseMandatory(value: string): Mandatory | undefined {
  const v = value.trim();
  if (/^(是|Yes|Y|true|Required)$/i.test(v)) return 'yes';
  if (/^(否|No|N|false|Optional)$/i.test(v)) return 'no';
  return undefined;
}

const LABEL_RE = /^(表\s*\d+|Table\s+\d+)(?:\s+(.*))?$/;
const STATUS_RE = /^(?:状态码|Status code)\s*[:：]\s*(\S+)/i;
const PIPE_SEPARATOR_RE = /^\s*(?:-{3,}\s*\|\s*)+$/;
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
const REQUEST_SECTION_RE = /^(URI|请求参数|Request Parameters|Request syntax)$/i;
const RESPONSE_SECTION_RE = /^(响应参数|Response Parameters)$/i;
/** A field name as the pages print it: identifiers, dotted names, HTTP header names. */
const NAME_RE = /^[A-Za-z_$][\w.$-]*$/;
/** The type cell of the stacked layout. */
const TYPE_RE =
  /^(?:String|Integer|Long|Boolean|Float|Double|Number|Object|BigDecimal|Array of [A-Za-z]\w*|Array of [A-Za-z]\w* objects|[A-Z]\w* object|Map<[^<>]+>)$/;

interface Chunk {
  text: string;
  line: number; // 1-based
  lastLine: number; // 1-based
}

/** A parameter table before labels and kinds are assigned. */
interface RawTable {
  line: number;
  endLine: number;
  label?: string;
  caption?: string;
  columns: string[];
  rows: PageRow[];
  layout: 'stacked' | 'piped';
}

function countPipes(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '|') n++;
  return n;
}

/** Header row of a pipe table: the lines just above the separator holding exactly `n` pipes. */
function pipeHeader(lines: readonly string[], sepIndex: number, n: number): { start: number; columns: string[] } | undefined {
  let pipes = 0;
  let start = sepIndex;
  while (start > 0 && pipes < n) {
    start--;
    const l = lines[start] ?? '';
    if (l.trim() === '') return undefined;
    pipes += countPipes(l);
  }
  if (pipes !== n) return undefined;
  const text = lines.slice(start, sepIndex).join('\n');
  const columns = text.split('|').slice(0, n).map((c) => c.trim());
  return { start, columns };
}

/**
 * Cells of a pipe table body, from the line after the separator until a row boundary meets a line
 * that cannot continue the table (blank, no pipe, or the next table's header).
 */
function pipeCells(lines: readonly string[], from: number, n: number, stopAt: number): { cells: Array<{ text: string; line: number }>; end: number } {
  const cells: Array<{ text: string; line: number }> = [];
  let pending: string[] = [];
  let pendingLine = -1;
  let i = from;
  for (; i < lines.length && i < stopAt; i++) {
    const line = lines[i] ?? '';
    const atBoundary = cells.length % n === 0 && pending.length === 0;
    if (atBoundary && (line.trim() === '' || !line.includes('|'))) break;
    const parts = line.split('|');
    parts.forEach((part, k) => {
      const last = k === parts.length - 1;
      if (last) {
        if (part.trim() !== '' || pending.length > 0) {
          if (pending.length === 0) pendingLine = i + 1;
          pending.push(part);
        }
        return;
      }
      if (pending.length === 0) pendingLine = i + 1;
      pending.push(part);
      cells.push({ text: pending.join('\n').trim(), line: pendingLine });
      pending = [];
    });
  }
  if (pending.length > 0) cells.push({ text: pending.join('\n').trim(), line: pendingLine });
  return { cells, end: i };
}

function rowFromCells(cells: ReadonlyArray<{ text: string; line: number }>, roles: ReadonlyArray<Role | undefined>): PageRow {
  const row: PageRow = { field: '', line: cells[0]?.line ?? 0 };
  const mIndex = roles.indexOf('mandatory');
  let values = cells.map((c) => c.text);
  // A row whose name cell was lost is shifted one column to the left and ends in an empty cell:
  // `string | No | The ARN of the layer. | layername | |`.
  if (
    mIndex > 0 &&
    parseMandatory(values[mIndex] ?? '') === undefined &&
    parseMandatory(values[mIndex - 1] ?? '') !== undefined &&
    (values[values.length - 1] ?? '') === ''
  ) {
    values = ['', ...values.slice(0, -1)];
    row.nameLost = true;
  }
  roles.forEach((role, k) => {
    const v = values[k] ?? '';
    switch (role) {
      case 'field':
        row.field = v;
        break;
      case 'mandatory': {
        const m = parseMandatory(v);
        if (m) row.mandatory = m;
        break;
      }
      case 'type':
        if (v !== '') row.type = v;
        break;
      case 'description':
        if (v !== '') row.description = v;
        break;
      case 'example':
        if (v !== '') row.example = v;
        break;
      default:
        break;
    }
  });
  return row;
}

function normaliseLabel(label: string): string {
  return label.trim().replace(/^表\s*/, '表').replace(/^Table\s+/, 'Table ');
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
function parseStacked(lines: readonly string[], labelIndex: number, issues: string[]): RawTable & { endLine: number } {
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
  let endLine = (chunks[k - 1]?.lastLine ?? labelIndex + 1);
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
      current.desc.push(c.text.split('\n').map((l) => l.trim()).join('\n'));
    }
    endLine = c.lastLine;
    k++;
  }
  flush();
  return { line: labelIndex + 1, endLine, label, ...(caption ? { caption } : {}), columns, rows, layout: 'stacked' };
}

const HEADER_NAME_RE = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;

function classify(
  raw: RawTable,
  context: { section: Direction; inUri: boolean },
): { kind: TableKind; direction: Direction } {
  const caption = (raw.caption ?? '').toLowerCase();
  let kind: TableKind | undefined;
  if (/路径参数|path param/.test(caption)) kind = 'path';
  else if (/query参数|query param/.test(caption)) kind = 'query';
  else if (/header参数|header param/.test(caption)) kind = 'header';
  else if (/body参数|body param/.test(caption)) kind = 'body';
  let direction: Direction = context.section;
  if (/^响应|^response/.test(caption)) direction = 'response';
  else if (/^请求|^request/.test(caption) || kind === 'path' || kind === 'query') direction = 'request';
  if (!kind) {
    const named = raw.rows.filter((r) => r.field !== '');
    if (context.inUri) kind = 'path';
    else if (named.length > 0 && named.every((r) => HEADER_NAME_RE.test(r.field))) kind = 'header';
    else kind = 'body';
  }
  return { kind, direction };
}

/** Parse one page capture. `page` is its three-digit id. */
export function parsePage(text: string, page: string): ParsedPage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const issues: string[] = [];
  const skipped: SkippedTable[] = [];
  const raws: RawTable[] = [];
  /** Line ranges (1-based, inclusive) of every table found, parameter table or not. */
  const ranges: Array<{ line: number; endLine: number }> = [];

  // Pipe tables first: their header ranges bound each other's bodies.
  const piped: Array<{ sep: number; start: number; columns: string[]; n: number }> = [];
  lines.forEach((l, i) => {
    if (!PIPE_SEPARATOR_RE.test(l)) return;
    const n = countPipes(l);
    const header = pipeHeader(lines, i, n);
    if (!header) {
      issues.push(`line ${i + 1}: table separator without a header of ${n} cells`);
      return;
    }
    piped.push({ sep: i, start: header.start, columns: header.columns, n });
  });
  const labelFor = new Map<number, { label: string; caption?: string; line: number }>();
  lines.forEach((l, i) => {
    const m = LABEL_RE.exec(l.trim());
    if (!m) return;
    // A label directly above a pipe table belongs to it; otherwise it opens a stacked table.
    const next = piped.find((p) => p.start > i && lines.slice(i + 1, p.start).every((x) => x.trim() === ''));
    if (next) {
      labelFor.set(next.start, { label: normaliseLabel(m[1] ?? ''), ...(m[2] ? { caption: m[2].trim() } : {}), line: i + 1 });
      return;
    }
    const t = parseStacked(lines, i, issues);
    ranges.push({ line: t.line, endLine: t.endLine });
    if (isParameterHeader(t.columns)) raws.push(t);
    else skipped.push({ line: t.line, columns: t.columns, ...(t.label ? { label: t.label } : {}), reason: t.columns.length ? `header starts with ${JSON.stringify(t.columns[0])}` : 'no header row' });
  });
  piped.forEach((p, idx) => {
    const stopAt = piped[idx + 1]?.start ?? lines.length;
    const { cells, end } = pipeCells(lines, p.sep + 1, p.n, stopAt);
    const printed = labelFor.get(p.start);
    const line = printed?.line ?? p.start + 1;
    ranges.push({ line, endLine: end });
    if (!isParameterHeader(p.columns)) {
      skipped.push({ line, columns: p.columns, ...(printed ? { label: printed.label } : {}), reason: `header starts with ${JSON.stringify(p.columns[0] ?? '')}` });
      return;
    }
    if (cells.length % p.n !== 0) issues.push(`line ${line}: ${cells.length} cells do not fill rows of ${p.n}`);
    const roles = p.columns.map(roleOf);
    const rows: PageRow[] = [];
    for (let k = 0; k + p.n <= cells.length; k += p.n) rows.push(rowFromCells(cells.slice(k, k + p.n), roles));
    raws.push({
      line,
      endLine: end,
      ...(printed ? { label: printed.label } : {}),
      ...(printed?.caption ? { caption: printed.caption } : {}),
      columns: p.columns,
      rows,
      layout: 'piped',
    });
  });
  raws.sort((a, b) => a.line - b.line);

  // Lines that belong to a table (label through last row), to tell headings from cell text.
  const inTable = new Array<boolean>(lines.length + 2).fill(false);
  for (const t of ranges) for (let l = t.line; l <= t.endLine; l++) inTable[l] = true;
  const headings: PageHeading[] = [];
  lines.forEach((l, i) => {
    const t = l.trim();
    // Sentences (ending in punctuation) are prose, not section titles.
    if (inTable[i + 1] || t === '' || /^\s/.test(l) || t.includes('|') || t.length > 60 || /[。.,,;;::]$/.test(t)) return;
    headings.push({ text: t, line: i + 1 });
  });

  // Labels for pages that print none (see spec/CONVENTIONS.md), kinds and directions from context.
  const printsLabels = raws.some((r) => r.label !== undefined);
  let counter = 0;
  const tables: PageTable[] = raws.map((raw) => {
    let label = raw.label;
    if (label === undefined) {
      counter++;
      if (roleOf(raw.columns[0] ?? '') === 'field' && /[\u4e00-\u9fff]/.test(raw.columns[0] ?? '')) label = `表${counter}`;
      else label = [...headings].reverse().find((h) => h.line < raw.line)?.text ?? `Table ${counter}`;
      if (printsLabels) issues.push(`line ${raw.line}: unlabelled table on a page that prints labels; called ${label}`);
    }
    const before = headings.filter((h) => h.line < raw.line);
    let section: Direction = 'request';
    let inUri = false;
    let status: string | undefined;
    for (const h of before) {
      const sm = STATUS_RE.exec(h.text);
      if (sm) {
        section = 'response';
        status = sm[1];
        inUri = false;
      } else if (RESPONSE_SECTION_RE.test(h.text)) {
        section = 'response';
        inUri = false;
      } else if (REQUEST_SECTION_RE.test(h.text)) {
        section = 'request';
        status = undefined;
        inUri = /^URI$/i.test(h.text);
      }
    }
    const { kind, direction } = classify(raw, { section, inUri });
    return {
      page,
      label,
      ...(raw.caption ? { caption: raw.caption } : {}),
      line: raw.line,
      columns: raw.columns,
      rows: raw.rows,
      kind,
      direction,
      ...(direction === 'response' && status ? { status } : {}),
    };
  });

  const seen = new Set<string>();
  for (const t of tables) {
    if (seen.has(t.label)) issues.push(`line ${t.line}: label ${t.label} used twice`);
    seen.add(t.label);
    if (t.rows.length === 0) issues.push(`line ${t.line}: ${t.label} has no rows`);
  }
  return { page, tables, skipped, headings, issues };
}

/** `000_80743b14ccc6fd06.txt` -> `000`. */
export const PAGE_FILE_RE = /^(\d{3})_[^/]*\.txt$/;

/** Parse every capture in a docs directory, keyed by page id. */
export async function loadPages(dir: string): Promise<Map<string, ParsedPage>> {
  const out = new Map<string, ParsedPage>();
  for (const name of (await readdir(dir)).sort()) {
    const m = PAGE_FILE_RE.exec(name);
    if (!m?.[1]) continue;
    out.set(m[1], parsePage(await readFile(join(dir, name), 'utf8'), m[1]));
  }
  return out;
}

export function findTable(pages: ReadonlyMap<string, ParsedPage>, page: string, label: string): PageTable | undefined {
  return pages.get(page)?.tables.find((t) => t.label === label);
}

/** One `x-source` citation, parsed. */
export type Citation =
  | { kind: 'page'; page: string; ref: string; raw: string }
  | { kind: 'sdk'; pkg: string; symbol: string; raw: string }
  | { kind: 'invalid'; raw: string };

/**
 * `"004 表3"`, `"003 Request parameters"` -> page citation; `"sdk <npm package> <symbol>"` -> SDK
 * citation. Nothing else is a citation (no trailing words, no other separators).
 */
export function parseCitation(raw: string): Citation {
  const page = /^(\d{3}) (\S(?:.*\S)?)$/.exec(raw);
  if (page?.[1] && page[2]) return { kind: 'page', page: page[1], ref: page[2], raw };
  const sdk = /^sdk ((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*) ([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)$/.exec(raw);
  if (sdk?.[1] && sdk[2]) return { kind: 'sdk', pkg: sdk[1], symbol: sdk[2], raw };
  return { kind: 'invalid', raw };
}

/** `x-source` as a list of strings, or undefined when it is missing or not strings. */
export function xSourceList(node: unknown): string[] | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const v = (node as Record<string, unknown>)['x-source'];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string')) return v as string[];
  return undefined;
}

/** The page citations of a node's `x-source` (SDK citations and malformed strings left out). */
export function pageCitations(node: unknown): Array<Extract<Citation, { kind: 'page' }>> {
  return (xSourceList(node) ?? []).map(parseCitation).filter((c): c is Extract<Citation, { kind: 'page' }> => c.kind === 'page');
}

/** Whether a page citation resolves: a parameter table's label, or a heading printed on the page. */
export function resolvePageCitation(pages: ReadonlyMap<string, ParsedPage>, page: string, ref: string): 'table' | 'heading' | undefined {
  const p = pages.get(page);
  if (!p) return undefined;
  if (p.tables.some((t) => t.label === ref)) return 'table';
  if (p.headings.some((h) => h.text === ref)) return 'heading';
  return undefined;
}
