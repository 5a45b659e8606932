/** Shared set-up of the tests that read the real specs, register and page captures: where they are, and loading them once per file. */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuncspecError } from '../../generator/errors.js';
import { parseText, type LoadedDocument } from '../../generator/openapi/document.js';
import { loadErrata, type ErrataRegister } from '../../generator/register/errata.js';
import { loadPages, PAGE_FILE_RE } from '../../generator/pages/load-pages.js';
import type { ParsedPage } from '../../generator/pages/page-table.js';
import { listSpecDocuments } from '../../generator/register/spec-files.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SPEC_DIR = join(REPO_ROOT, 'spec');
/**
 * The page captures live next to the checkout, not in it. FUNCSPEC_DOCS_DIR points elsewhere (e.g.
 * at a fresh capture, or at nothing to see the skips).
 */
export const DOCS_DIR = process.env.FUNCSPEC_DOCS_DIR ? resolve(process.env.FUNCSPEC_DOCS_DIR) : resolve(REPO_ROOT, '../shared/docs');
export const hasDocs = existsSync(DOCS_DIR) && readdirSync(DOCS_DIR).some((f) => PAGE_FILE_RE.test(f));
/** Appended to the name of every test that needs the captures, so a skip says why. */
export const NEEDS_DOCS = hasDocs ? '' : ` (skipped: ${process.env.FUNCSPEC_DOCS_DIR ? DOCS_DIR : '../shared/docs'} absent)`;

/** The documents the conventions promise (spec/CONVENTIONS.md, "Files"). */
export const EXPECTED_DOCUMENTS = ['huaweicloud/functiongraph-v2.yaml', 'aliyun/fc-2021-04-06.yaml', 'snapshots/functiongraph-v2@2024-11-07.yaml'];

export function specPath(rel: string): string {
  return join(SPEC_DIR, rel);
}

export interface SpecSet {
  /** Paths relative to spec/, sorted. */
  files: string[];
  /** Parsed documents by relative path (only those that parse). */
  docs: Map<string, LoadedDocument>;
  /** Parse failures by relative path. */
  failures: Map<string, string>;
}

export async function loadSpecs(): Promise<SpecSet> {
  const files = await listSpecDocuments(SPEC_DIR);
  const docs = new Map<string, LoadedDocument>();
  const failures = new Map<string, string>();
  for (const f of files) {
    try {
      docs.set(f, parseText(await readFile(specPath(f), 'utf8'), `spec/${f}`));
    } catch (err) {
      failures.set(f, err instanceof FuncspecError ? err.format() : String(err));
    }
  }
  return { files, docs, failures };
}

export type RegisterResult = { register: ErrataRegister; error?: undefined } | { register?: undefined; error: string };

/** The register, or why it cannot be read (tests that need it then fail with that reason). */
export async function loadRegister(): Promise<RegisterResult> {
  try {
    return { register: await loadErrata(SPEC_DIR) };
  } catch (err) {
    return { error: err instanceof FuncspecError ? err.format() : String(err) };
  }
}

export async function loadDocsPages(): Promise<Map<string, ParsedPage>> {
  return hasDocs ? loadPages(DOCS_DIR) : new Map();
}

/** `spec/x.yaml:12:5` for a pointer in a loaded document. */
export function where(doc: LoadedDocument, pointer: string): string {
  const { line, column } = doc.locate(pointer);
  return `${doc.file}:${line}:${column}`;
}
