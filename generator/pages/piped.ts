/**
 * Reader of the "piped" layout (pages 002, 003): Markdown-like pipe tables whose header row is followed
 * by a `---|---|` line. Each cell ends with `|`; a cell may hold line breaks (the `|` then comes on a
 * later line), and 002 prints each cell on its own line. Tables follow each other without a blank line.
 */
import { parseMandatory, PIPE_SEPARATOR_RE, roleOf, type PageRow, type Role } from './page-table.js';

/** A pipe table found by its separator line: where its header starts, and its header cells. */
export interface PipeHeader {
  /** 0-based index of the separator line. */
  sep: number;
  /** 0-based index of the header's first line. */
  start: number;
  columns: string[];
  /** Cells per row. */
  n: number;
}

interface Cell {
  text: string;
  line: number;
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
  const columns = text
    .split('|')
    .slice(0, n)
    .map((c) => c.trim());
  return { start, columns };
}

/** Every pipe table of the page, in order; a separator without a matching header is an issue. */
export function findPipeHeaders(lines: readonly string[], issues: string[]): PipeHeader[] {
  const out: PipeHeader[] = [];
  lines.forEach((l, i) => {
    if (!PIPE_SEPARATOR_RE.test(l)) return;
    const n = countPipes(l);
    const header = pipeHeader(lines, i, n);
    if (!header) {
      issues.push(`line ${i + 1}: table separator without a header of ${n} cells`);
      return;
    }
    out.push({ sep: i, start: header.start, columns: header.columns, n });
  });
  return out;
}

/**
 * Cells of a pipe table body, from the line after the separator until a row boundary meets a line
 * that cannot continue the table (blank, no pipe, or the next table's header).
 */
export function pipeCells(lines: readonly string[], from: number, n: number, stopAt: number): { cells: Cell[]; end: number } {
  const cells: Cell[] = [];
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

function rowFromCells(cells: readonly Cell[], roles: ReadonlyArray<Role | undefined>): PageRow {
  const row: PageRow = { field: '', line: cells[0]?.line ?? 0 };
  const mIndex = roles.indexOf('mandatory');
  let values = cells.map((c) => c.text);
  // A row whose name cell was lost is shifted one column to the left and ends in an empty cell:
  // `string | No | The ARN of the layer. | layername | |`.
  if (mIndex > 0 && parseMandatory(values[mIndex] ?? '') === undefined && parseMandatory(values[mIndex - 1] ?? '') !== undefined && (values[values.length - 1] ?? '') === '') {
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

/** The rows of a parameter table's cells, `n` cells a row (a trailing partial row is dropped). */
export function pipeRows(cells: readonly Cell[], columns: readonly string[]): PageRow[] {
  const n = columns.length;
  const roles = columns.map(roleOf);
  const rows: PageRow[] = [];
  for (let k = 0; k + n <= cells.length; k += n) rows.push(rowFromCells(cells.slice(k, k + n), roles));
  return rows;
}
