/**
 * What a parsed page capture is (tables, rows, headings), and the header cells and label lines every
 * layout reader (stacked.ts, piped.ts) recognises in the same way.
 */

export type Mandatory = 'yes' | 'no';
/** Where a table's fields go in an HTTP request/response. Model tables (FuncVpc, ...) are `body`. */
export type TableKind = 'path' | 'query' | 'header' | 'body';
/** Which HTTP message of the operation a table or example belongs to. */
export type MessageSide = 'request' | 'response';

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
  direction: MessageSide;
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

/** A parameter table as a layout reader returns it, before labels and kinds are assigned. */
export interface RawTable {
  line: number;
  endLine: number;
  label?: string;
  caption?: string;
  columns: string[];
  rows: PageRow[];
  layout: 'stacked' | 'piped';
}

export type Role = 'field' | 'mandatory' | 'type' | 'description' | 'example';

const COLUMN_ROLES: Array<[RegExp, Role]> = [
  [/^(参数|参数名|参数名称|名称|Parameter|Parameters|Name)$/i, 'field'],
  [/^(是否必选|必选|是否必填|必填|Mandatory|Required)$/i, 'mandatory'],
  [/^(参数类型|类型|Type)$/i, 'type'],
  [/^(描述|说明|Description)$/i, 'description'],
  [/^(示例|示例值|Example)$/i, 'example'],
];

export function roleOf(column: string): Role | undefined {
  return COLUMN_ROLES.find(([re]) => re.test(column.trim()))?.[1];
}

/** A header whose first cell is 参数 / Parameter marks a parameter table. */
export function isParameterHeader(columns: readonly string[]): boolean {
  return roleOf(columns[0] ?? '') === 'field';
}

export function parseMandatory(value: string): Mandatory | undefined {
  const v = value.trim();
  if (/^(是|Yes|Y|true|Required)$/i.test(v)) return 'yes';
  if (/^(否|No|N|false|Optional)$/i.test(v)) return 'no';
  return undefined;
}

export const LABEL_RE = /^(表\s*\d+|Table\s+\d+)(?:\s+(.*))?$/;
export const STATUS_RE = /^(?:状态码|Status code)\s*[:：]\s*(\S+)/i;
export const PIPE_SEPARATOR_RE = /^\s*(?:-{3,}\s*\|\s*)+$/;

export function normaliseLabel(label: string): string {
  return label
    .trim()
    .replace(/^表\s*/, '表')
    .replace(/^Table\s+/, 'Table ');
}
