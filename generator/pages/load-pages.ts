/** Reading the page captures of a docs directory (`../shared/docs/NNN_<hash>.txt`). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePage } from './parse-page.js';
import type { ParsedPage } from './page-table.js';

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
