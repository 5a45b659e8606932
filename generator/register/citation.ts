/**
 * The citation grammar of `x-source` (spec/CONVENTIONS.md) and of the register's `says` sources:
 * `"<page id> <table label or section heading>"` or `"sdk <npm package> <symbol>"`, nothing else.
 */

/** One `x-source` citation, parsed. */
export type Citation = { kind: 'page'; page: string; ref: string; raw: string } | { kind: 'sdk'; pkg: string; symbol: string; raw: string } | { kind: 'invalid'; raw: string };

export type PageCitation = Extract<Citation, { kind: 'page' }>;

/** A page id: the three-digit prefix of a capture's file name. */
export const PAGE_ID_PATTERN = '\\d{3}';
/** `sdk <npm package> <symbol>`; the package and the symbol are captured. */
export const SDK_CITATION_PATTERN = 'sdk ((?:@[a-z0-9][\\w.-]*\\/)?[a-z0-9][\\w.-]*) ([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)';

export const PAGE_ID_RE = new RegExp(`^${PAGE_ID_PATTERN}$`);

const PAGE_CITATION_RE = new RegExp(`^(${PAGE_ID_PATTERN}) (\\S(?:.*\\S)?)$`);
const SDK_CITATION_RE = new RegExp(`^${SDK_CITATION_PATTERN}$`);

/**
 * `"004 表3"`, `"003 Request parameters"` -> page citation; `"sdk <npm package> <symbol>"` -> SDK
 * citation. Nothing else is a citation (no trailing words, no other separators).
 */
export function parseCitation(raw: string): Citation {
  const page = PAGE_CITATION_RE.exec(raw);
  if (page?.[1] && page[2]) return { kind: 'page', page: page[1], ref: page[2], raw };
  const sdk = SDK_CITATION_RE.exec(raw);
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
export function pageCitations(node: unknown): PageCitation[] {
  return (xSourceList(node) ?? []).map(parseCitation).filter((c): c is PageCitation => c.kind === 'page');
}
