/**
 * Parser of the vendor page captures in `../shared/docs/*.txt`: finds every parameter table of a page
 * and returns its rows (field name, mandatory flag, type, description) with line numbers.
 *
 * The captures are plain text that lost the table borders. Two layouts occur, each with its reader:
 * "stacked" (000, 001, 004; stacked.ts) and "piped" (002, 003; piped.ts). A page may mix them: a
 * label line directly above a pipe table names it, any other label line opens a stacked table.
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
import { findPipeHeaders, pipeCells, pipeRows } from './piped.js';
import { parseStacked } from './stacked.js';
import {
  isParameterHeader,
  LABEL_RE,
  normaliseLabel,
  roleOf,
  STATUS_RE,
  type MessageSide,
  type PageHeading,
  type PageTable,
  type ParsedPage,
  type RawTable,
  type SkippedTable,
  type TableKind,
} from './page-table.js';

const REQUEST_SECTION_RE = /^(URI|请求参数|Request Parameters|Request syntax)$/i;
const RESPONSE_SECTION_RE = /^(响应参数|Response Parameters)$/i;

const HEADER_NAME_RE = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;

function classify(raw: RawTable, context: { section: MessageSide; inUri: boolean }): { kind: TableKind; direction: MessageSide } {
  const caption = (raw.caption ?? '').toLowerCase();
  let kind: TableKind | undefined;
  if (/路径参数|path param/.test(caption)) kind = 'path';
  else if (/query参数|query param/.test(caption)) kind = 'query';
  else if (/header参数|header param/.test(caption)) kind = 'header';
  else if (/body参数|body param/.test(caption)) kind = 'body';
  let direction: MessageSide = context.section;
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
  const piped = findPipeHeaders(lines, issues);
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
    else
      skipped.push({
        line: t.line,
        columns: t.columns,
        ...(t.label ? { label: t.label } : {}),
        reason: t.columns.length ? `header starts with ${JSON.stringify(t.columns[0])}` : 'no header row',
      });
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
    const rows = pipeRows(cells, p.columns);
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
    let section: MessageSide = 'request';
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

export function findTable(pages: ReadonlyMap<string, ParsedPage>, page: string, label: string): PageTable | undefined {
  return pages.get(page)?.tables.find((t) => t.label === label);
}

/** Whether a page citation resolves: a parameter table's label, or a heading printed on the page. */
export function resolvePageCitation(pages: ReadonlyMap<string, ParsedPage>, page: string, ref: string): 'table' | 'heading' | undefined {
  const p = pages.get(page);
  if (!p) return undefined;
  if (p.tables.some((t) => t.label === ref)) return 'table';
  if (p.headings.some((h) => h.text === ref)) return 'heading';
  return undefined;
}
