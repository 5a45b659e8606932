/**
 * A page capture read as one draft operation: its method and path, its parameter tables arranged
 * the way OpenAPI arranges them (path/query/header parameters, a request body, one body and header
 * set per response status), nested model tables attached to the rows that reference them, the
 * constraints stated in the descriptions (row-facts.ts) and the JSON examples (page-examples.ts).
 *
 * This is what `funcspec drift` compares with the curated spec and what `--draft` prints. It is built
 * on parsePage: one parser of the captures, shared with the spec inventory check.
 *
 * Model tables are found by the caption the page prints (`表4 FuncVpc`). Page 002 prints none; its
 * model tables are matched to the rows that reference them by field names when the caller knows
 * the expected fields (`ModelHint`, given by drift from the spec), else in order of reference.
 */
import { FuncspecError } from '../errors.js';
import { pageExamples, type PageExample } from './page-examples.js';
import { parsePageType, type PageType } from './page-type.js';
import type { MessageSide, PageRow, PageTable, ParsedPage } from './page-table.js';
import { parsePage } from './parse-page.js';
import { rowFacts, type RowFacts } from './row-facts.js';

export interface DraftField {
  name: string;
  /** Absent when the type cell is missing or unreadable (`typeCell` keeps what was printed). */
  type?: PageType;
  typeCell?: string;
  /** Only when the capture prints the mandatory flag. */
  required?: boolean;
  facts: RowFacts;
  description?: string;
  table: PageTable;
  line: number;
  /** The table detailing this field's model (for `X object`, `Array of X objects`, `Map<String,X>`). */
  model?: DraftTable;
}

export interface DraftTable {
  table: PageTable;
  /** The model name: the printed caption, or the name it was matched to. */
  model?: string;
  /** Matched by page order alone (no caption, no field names to compare): a guess to confirm. */
  guessed?: true;
  fields: DraftField[];
}

/** Which part of an HTTP message a set of fields belongs to. */
export type Part = 'path' | 'query' | 'header' | 'body';

export interface DraftPart {
  direction: MessageSide;
  /** For responses. */
  status?: string;
  part: Part;
  root: DraftTable;
}

export interface DraftOperation {
  page: string;
  /** Upper case. */
  method: string;
  path: string;
  /** Line of the `METHOD /path` line. */
  line: number;
  parts: DraftPart[];
  examples: PageExample[];
  /** Model tables no row references (or that could not be matched to one). */
  unattached: PageTable[];
  parsed: ParsedPage;
}

/** The expected field names of the model a row references, from the spec; undefined when unknown. */
export type ModelHint = (at: { direction: MessageSide; status?: string; path: readonly string[]; model: string }) => readonly string[] | undefined;

const METHOD_PATH_RE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\/\S*)$/;
const IDENT_RE = /^[A-Za-z_]\w*$/;

/** The page's `METHOD /path` line (the URI / Request syntax section prints one). */
export function findMethodPath(text: string): { method: string; path: string; line: number } | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = METHOD_PATH_RE.exec(lines[i]!.trim());
    if (m?.[1] && m[2]) return { method: m[1], path: m[2], line: i + 1 };
  }
  return undefined;
}

function modelOf(t: PageType | undefined): string | undefined {
  return t?.model ?? t?.items?.model ?? t?.values?.model;
}

/** 003 prints an array's element and a map's value type as a row without a name under it. */
function foldNameless(rows: readonly PageRow[]): Array<{ row: PageRow; inner?: PageRow }> {
  const out: Array<{ row: PageRow; inner?: PageRow }> = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (row.field === '' && prev && prev.inner === undefined) prev.inner = row;
    else if (row.field !== '') out.push({ row });
  }
  return out;
}

function toField(row: PageRow, inner: PageRow | undefined, table: PageTable): DraftField {
  let type = row.type === undefined ? undefined : parsePageType(row.type);
  const innerType = inner?.type === undefined ? undefined : parsePageType(inner.type);
  if (type && innerType) {
    if (type.type === 'array' && !type.items) type = { ...type, items: innerType };
    else if (type.type === 'object' && !type.model && !type.values) type = { ...type, values: innerType };
  }
  return {
    name: row.field,
    ...(type ? { type } : {}),
    ...(row.type !== undefined ? { typeCell: row.type } : {}),
    ...(row.mandatory ? { required: row.mandatory === 'yes' } : {}),
    facts: rowFacts(row.description),
    ...(row.description !== undefined ? { description: row.description } : {}),
    table,
    line: row.line,
  };
}

function draftTable(table: PageTable, model?: string): DraftTable {
  return { table, ...(model ? { model } : {}), fields: foldNameless(table.rows).map(({ row, inner }) => toField(row, inner, table)) };
}

function overlap(fields: readonly string[], expected: readonly string[]): number {
  const want = new Set(expected);
  const hits = fields.filter((f) => want.has(f)).length;
  const union = new Set([...fields, ...expected]).size;
  return union === 0 ? 0 : hits / union;
}

/** Tables of one message (request, or one response status) in page order. */
interface Message {
  direction: MessageSide;
  status?: string;
  tables: PageTable[];
}

function messages(tables: readonly PageTable[]): Message[] {
  const out: Message[] = [];
  for (const t of tables) {
    const key = t.direction === 'response' ? t.status : undefined;
    let m = out.find((x) => x.direction === t.direction && x.status === key);
    if (!m) out.push((m = { direction: t.direction, ...(key !== undefined ? { status: key } : {}), tables: [] }));
    m.tables.push(t);
  }
  return out;
}

function attachModels(msg: Message, root: DraftTable, models: PageTable[], hint: ModelHint | undefined, used: Set<PageTable>): void {
  const captioned = (name: string): PageTable | undefined => models.find((t) => !used.has(t) && t.caption === name) ?? models.find((t) => t.caption === name);
  let cursor = 0;
  const guess = (path: string[], model: string): { table: PageTable; guessed: boolean } | undefined => {
    const free = models.filter((t) => !used.has(t) && !(t.caption && IDENT_RE.test(t.caption)));
    if (free.length === 0) return undefined;
    const expected = hint?.({ direction: msg.direction, ...(msg.status !== undefined ? { status: msg.status } : {}), path, model });
    if (expected) {
      let best: PageTable | undefined;
      let score = 0.3; // below this, the table is some other model's
      for (const t of free) {
        const s = overlap(
          t.rows.map((r) => r.field),
          expected,
        );
        if (s > score) [best, score] = [t, s];
      }
      return best ? { table: best, guessed: false } : undefined;
    }
    // No hint: the next unnamed table in page order (pages list models in order of first reference).
    const next = free.find((t) => models.indexOf(t) >= cursor);
    if (!next) return undefined;
    cursor = models.indexOf(next) + 1;
    return { table: next, guessed: true };
  };
  const visit = (table: DraftTable, path: string[], depth: number): void => {
    if (depth > 16) return;
    for (const f of table.fields) {
      const model = modelOf(f.type);
      if (!model) continue;
      const byCaption = captioned(model);
      const found = byCaption ? { table: byCaption, guessed: false } : guess([...path, f.name], model);
      if (!found) continue;
      const t = found.table;
      const already = used.has(t);
      used.add(t);
      f.model = draftTable(t, model);
      if (found.guessed) f.model.guessed = true;
      if (!already) visit(f.model, [...path, f.name], depth + 1);
    }
  };
  visit(root, [], 0);
}

export function draftOperation(text: string, page: string, options: { file?: string; hint?: ModelHint } = {}): DraftOperation {
  const file = options.file ?? page;
  const parsed = parsePage(text, page);
  const first = parsed.issues[0];
  if (first) {
    const line = Number(/^line (\d+)/.exec(first)?.[1] ?? 0) || undefined;
    throw new FuncspecError(`cannot parse the page: ${first.replace(/^line \d+: /, '')}`, { file, ...(line ? { line } : {}) }, 2);
  }
  const mp = findMethodPath(text);
  if (!mp) throw new FuncspecError('no "METHOD /path" line (e.g. "PUT /v2/{project_id}/fgs/functions/{function_urn}/config") found: is this an API reference page?', { file }, 2);
  if (parsed.tables.length === 0) throw new FuncspecError('no parameter table found (a header row starting with 参数 or Parameter)', { file, line: mp.line }, 2);

  const parts: DraftPart[] = [];
  const used = new Set<PageTable>();
  const unattached: PageTable[] = [];
  for (const msg of messages(parsed.tables)) {
    const base = { direction: msg.direction, ...(msg.status !== undefined ? { status: msg.status } : {}) };
    const body = msg.tables.filter((t) => t.kind === 'body');
    for (const t of msg.tables) if (t.kind !== 'body') parts.push({ ...base, part: t.kind as Part, root: draftTable(t) });
    const [rootTable, ...models] = body;
    if (!rootTable) continue;
    const root = draftTable(rootTable);
    parts.push({ ...base, part: 'body', root });
    attachModels(msg, root, models, options.hint, used);
    for (const t of models) if (!used.has(t)) unattached.push(t);
  }
  return { page, method: mp.method, path: mp.path, line: mp.line, parts, examples: pageExamples(text), unattached, parsed };
}
