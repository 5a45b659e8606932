/**
 * The errata register (spec/CONVENTIONS.md, "The errata register"): loading and checking.
 *
 * The register is `spec/errata.yaml` plus any `spec/errata.<part>.part.yaml` not merged into it yet;
 * all files are read as one list. Two kinds of check:
 *
 * - `loadErrata` checks each entry on its own (required fields, field types, unique ids, one waiver
 *   per example or field) and throws one FuncspecError listing every problem, each as
 *   `file:line: <id>: what`.
 * - `checkErrataReferences` checks what the entries point at: `example:` blocks must name an example
 *   that exists in the named spec/operation, `omits` must name a field of an existing page table.
 *   (`drift:` items are checked by running `funcspec drift` on their page: one that matches no
 *   drift is stale, see generator/drift/explain.ts.)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuncspecError } from '../errors.js';
import { displayPath, parseText, type LoadedDocument } from '../openapi/document.js';
import { listExamples } from '../openapi/examples.js';
import { findTable, parseCitation, type ParsedPage } from './parse-page.js';
import { listErrataFiles } from './spec-files.js';
import { isObj } from '../openapi/json.js';
import { DRIFT_KINDS } from '../drift/model.js';

export interface ErrataSay {
  /** A page id (`"000"`) or an SDK source in citation form (`"sdk <npm package> <symbol>"`). */
  page: string;
  text: string;
}

export interface ErrataExampleError {
  instancePath: string;
  keyword: string;
}

/** A documented example the spec deliberately rejects, with exactly the errors it fails with. */
export interface ErrataExample {
  /** Path of the spec document relative to `spec/`. */
  spec: string;
  operationId: string;
  in: 'request' | 'response';
  /** Response status as written in the spec; only for responses. */
  status?: string;
  name: string;
  errors: ErrataExampleError[];
}

/** A page field deliberately left out of the spec. */
export interface ErrataOmit {
  page: string;
  table: string;
  field: string;
}

/**
 * A difference `funcspec drift` finds between a page and the spec that this entry explains (see
 * generator/drift/model.ts for `at` and the kinds). `values` narrows an enum or example drift to the
 * listed enum values or example names; without it, every drift of that kind at that place matches.
 */
export interface ErrataDrift {
  page: string;
  at: string;
  kind: string;
  values?: string[];
}

export interface ErrataEntry {
  id: string;
  pages: string[];
  subject: string;
  says: ErrataSay[];
  decision: string;
  why: string;
  /** The `example:` block(s); a single block and a list of blocks are both accepted. */
  examples: ErrataExample[];
  omits: ErrataOmit[];
  drift: ErrataDrift[];
  /** Where the entry is, for messages. */
  file: string;
  line: number;
}

export interface ErrataRegister {
  /** Files read, relative to the working directory when possible. */
  files: string[];
  entries: ErrataEntry[];
}


const ENTRY_KEYS = new Set(['id', 'pages', 'subject', 'says', 'decision', 'why', 'example', 'omits', 'drift']);
const DRIFT_KEYS = ['page', 'at', 'kind', 'values'];
const DRIFT_AT_RE = /^(?:request|response (?:\d{3}|\dXX|default)) (?:(?:path|query|header|body) \S+|examples)$/;
const EXAMPLE_KEYS = new Set(['spec', 'operationId', 'in', 'status', 'name', 'errors']);
const PAGE_ID_RE = /^\d{3}$/;
const ID_RE = /^[A-Za-z0-9][\w.-]*$/;

/** `spec|operationId|in|status|name`: one key per documented example. */
export function exampleKey(e: { spec: string; operationId: string; in: string; status?: string | undefined; name: string }): string {
  return [e.spec, e.operationId, e.in, e.status ?? '', e.name].join('|');
}

export function describeExample(e: ErrataExample): string {
  return `${e.spec} ${e.operationId}:${e.name}:${e.in}${e.status ? ` (${e.status})` : ''}`;
}

class Problems {
  readonly list: string[] = [];
  constructor(readonly doc: LoadedDocument) {}
  add(ptr: string, who: string, message: string): void {
    const { line } = this.doc.locate(ptr);
    this.list.push(`${this.doc.file}:${line}: ${who}: ${message}`);
  }
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function parseExample(raw: unknown, ptr: string, who: string, p: Problems): ErrataExample | undefined {
  if (!isObj(raw)) {
    p.add(ptr, who, 'example must be a mapping {spec, operationId, in, status?, name, errors}');
    return undefined;
  }
  let ok = true;
  for (const k of Object.keys(raw)) if (!EXAMPLE_KEYS.has(k)) {
    p.add(`${ptr}/${k}`, who, `example has unknown key "${k}" (allowed: ${[...EXAMPLE_KEYS].join(', ')})`);
    ok = false;
  }
  for (const k of ['spec', 'operationId', 'name'] as const) if (!nonEmptyString(raw[k])) {
    p.add(ptr, who, `example.${k} is required (a non-empty string)`);
    ok = false;
  }
  if (raw.in !== 'request' && raw.in !== 'response') {
    p.add(ptr, who, `example.in must be "request" or "response", not ${JSON.stringify(raw.in)}`);
    ok = false;
  }
  if (raw.in === 'response' && !nonEmptyString(raw.status)) {
    p.add(ptr, who, `example.status is required for a response example, as a quoted string ("200")${raw.status === undefined ? '' : `, not ${JSON.stringify(raw.status)}`}`);
    ok = false;
  }
  if (raw.in === 'request' && raw.status !== undefined) {
    p.add(`${ptr}/status`, who, 'example.status is only for response examples');
    ok = false;
  }
  const errors: ErrataExampleError[] = [];
  if (!Array.isArray(raw.errors) || raw.errors.length === 0) {
    p.add(ptr, who, 'example.errors is required: the non-empty list of {instancePath, keyword} the example fails with');
    ok = false;
  } else {
    raw.errors.forEach((e, i) => {
      const at = `${ptr}/errors/${i}`;
      if (!isObj(e) || typeof e.instancePath !== 'string' || !nonEmptyString(e.keyword)) {
        p.add(at, who, 'each example error must be {instancePath: string ("" for the root), keyword: string}');
        ok = false;
        return;
      }
      for (const k of Object.keys(e)) if (k !== 'instancePath' && k !== 'keyword') {
        p.add(`${at}/${k}`, who, `example error has unknown key "${k}" (allowed: instancePath, keyword)`);
        ok = false;
      }
      if (e.instancePath !== '' && !e.instancePath.startsWith('/')) {
        p.add(at, who, `instancePath must be a JSON pointer ("" or starting with "/"), not ${JSON.stringify(e.instancePath)}`);
        ok = false;
      }
      errors.push({ instancePath: e.instancePath, keyword: e.keyword });
    });
  }
  if (!ok) return undefined;
  return {
    spec: raw.spec as string,
    operationId: raw.operationId as string,
    in: raw.in as 'request' | 'response',
    ...(raw.in === 'response' ? { status: raw.status as string } : {}),
    name: raw.name as string,
    errors,
  };
}

function parseEntry(raw: unknown, ptr: string, index: number, p: Problems): ErrataEntry | undefined {
  if (!isObj(raw)) {
    p.add(ptr, `entry #${index + 1}`, 'must be a mapping');
    return undefined;
  }
  const who = nonEmptyString(raw.id) ? String(raw.id) : `entry #${index + 1} (no id)`;
  let ok = true;
  const bad = (sub: string, message: string): void => {
    p.add(sub, who, message);
    ok = false;
  };
  if (!nonEmptyString(raw.id)) bad(ptr, 'id is required (a non-empty string)');
  else if (!ID_RE.test(raw.id)) bad(`${ptr}/id`, `id ${JSON.stringify(raw.id)} should be letters, digits, "-", "_" or "."`);
  for (const k of Object.keys(raw)) if (!ENTRY_KEYS.has(k)) bad(`${ptr}/${k}`, `unknown key "${k}" (allowed: ${[...ENTRY_KEYS].join(', ')})`);
  for (const k of ['subject', 'decision', 'why'] as const) if (!nonEmptyString(raw[k])) bad(ptr, `${k} is required (a non-empty string)`);

  const pages: string[] = [];
  if (!Array.isArray(raw.pages) || raw.pages.length === 0) bad(ptr, 'pages is required: a non-empty list of page ids such as "000"');
  else
    raw.pages.forEach((pg, i) => {
      if (typeof pg === 'string' && PAGE_ID_RE.test(pg)) pages.push(pg);
      else bad(`${ptr}/pages/${i}`, `pages[${i}] must be a quoted three-digit page id, not ${JSON.stringify(pg)}`);
    });

  const says: ErrataSay[] = [];
  if (!Array.isArray(raw.says) || raw.says.length === 0) bad(ptr, 'says is required: a non-empty list of {page, text}');
  else
    raw.says.forEach((s, i) => {
      const at = `${ptr}/says/${i}`;
      if (!isObj(s) || typeof s.page !== 'string' || !nonEmptyString(s.text)) {
        bad(at, `says[${i}] must be {page: "<page id>" or "sdk <npm package> <symbol>", text: "..."}`);
        return;
      }
      const c = parseCitation(s.page);
      if (!PAGE_ID_RE.test(s.page) && c.kind !== 'sdk') bad(at, `says[${i}].page ${JSON.stringify(s.page)} is neither a page id nor "sdk <npm package> <symbol>"`);
      says.push({ page: s.page, text: s.text });
    });

  const examples: ErrataExample[] = [];
  if (raw.example !== undefined) {
    const list = Array.isArray(raw.example) ? raw.example : [raw.example];
    list.forEach((e, i) => {
      const ex = parseExample(e, Array.isArray(raw.example) ? `${ptr}/example/${i}` : `${ptr}/example`, who, p);
      if (ex) examples.push(ex);
      else ok = false;
    });
  }

  const omits: ErrataOmit[] = [];
  if (raw.omits !== undefined) {
    if (!Array.isArray(raw.omits)) bad(`${ptr}/omits`, 'omits must be a list of {page, table, field}');
    else
      raw.omits.forEach((o, i) => {
        const at = `${ptr}/omits/${i}`;
        if (!isObj(o) || typeof o.page !== 'string' || !PAGE_ID_RE.test(o.page) || !nonEmptyString(o.table) || !nonEmptyString(o.field)) {
          bad(at, `omits[${i}] must be {page: "<three-digit id>", table: "<label as cited>", field: "<name>"}`);
          return;
        }
        for (const k of Object.keys(o)) if (!['page', 'table', 'field'].includes(k)) bad(`${at}/${k}`, `omits[${i}] has unknown key "${k}"`);
        omits.push({ page: o.page, table: o.table, field: o.field });
      });
  }

  const drift: ErrataDrift[] = [];
  if (raw.drift !== undefined) {
    if (!Array.isArray(raw.drift)) bad(`${ptr}/drift`, 'drift must be a list of {page, at, kind, values?}');
    else
      raw.drift.forEach((d, i) => {
        const at = `${ptr}/drift/${i}`;
        if (!isObj(d) || typeof d.page !== 'string' || !PAGE_ID_RE.test(d.page) || !nonEmptyString(d.at) || !nonEmptyString(d.kind)) {
          bad(at, `drift[${i}] must be {page: "<three-digit id>", at: "request body <field>", kind: "<drift kind>", values?: [...]}`);
          return;
        }
        for (const k of Object.keys(d)) if (!DRIFT_KEYS.includes(k)) bad(`${at}/${k}`, `drift[${i}] has unknown key "${k}" (allowed: ${DRIFT_KEYS.join(', ')})`);
        if (!(DRIFT_KINDS as readonly string[]).includes(d.kind)) bad(`${at}/kind`, `drift[${i}].kind ${JSON.stringify(d.kind)} is not a drift kind (${DRIFT_KINDS.join(', ')})`);
        if (!DRIFT_AT_RE.test(d.at)) bad(`${at}/at`, `drift[${i}].at ${JSON.stringify(d.at)} should read "request <path|query|header|body> <field>", "response <status> <part> <field>" or "<request|response status> examples"`);
        if (d.values !== undefined && (!Array.isArray(d.values) || d.values.length === 0 || !d.values.every((v) => typeof v === 'string' || typeof v === 'number'))) {
          bad(`${at}/values`, `drift[${i}].values must be a non-empty list of enum values or example names`);
          return;
        }
        drift.push({ page: d.page, at: d.at, kind: d.kind, ...(Array.isArray(d.values) ? { values: d.values.map(String) } : {}) });
      });
  }

  if (!ok) return undefined;
  const { line } = p.doc.locate(ptr);
  return {
    id: raw.id as string,
    pages,
    subject: raw.subject as string,
    says,
    decision: raw.decision as string,
    why: raw.why as string,
    examples,
    omits,
    drift,
    file: p.doc.file,
    line,
  };
}

/**
 * Read `spec/errata.yaml` and every `spec/errata.*.part.yaml` as one register. Throws a
 * FuncspecError listing every problem when any entry is malformed.
 */
export async function loadErrata(specDir: string): Promise<ErrataRegister> {
  const files = await listErrataFiles(specDir);
  const entries: ErrataEntry[] = [];
  const problems: string[] = [];
  const shown: string[] = [];
  for (const name of files) {
    const path = join(specDir, name);
    const file = displayPath(path);
    shown.push(file);
    const doc = parseText(await readFile(path, 'utf8'), file);
    const p = new Problems(doc);
    if (doc.data === null || doc.data === undefined) continue; // an empty part is an empty list
    if (!Array.isArray(doc.data)) {
      problems.push(`${file}:1: the register must be a YAML list of entries`);
      continue;
    }
    doc.data.forEach((raw, i) => {
      const e = parseEntry(raw, `/${i}`, i, p);
      if (e) entries.push(e);
    });
    problems.push(...p.list);
  }

  // Register-wide rules: unique ids, one waiver per example and per field.
  const byId = new Map<string, ErrataEntry>();
  const byExample = new Map<string, ErrataEntry>();
  const byOmit = new Map<string, ErrataEntry>();
  for (const e of entries) {
    const prev = byId.get(e.id);
    if (prev) problems.push(`${e.file}:${e.line}: ${e.id}: id already used at ${prev.file}:${prev.line}`);
    else byId.set(e.id, e);
    for (const ex of e.examples) {
      const k = exampleKey(ex);
      const other = byExample.get(k);
      if (other) problems.push(`${e.file}:${e.line}: ${e.id}: example ${describeExample(ex)} is already registered by ${other.id}`);
      else byExample.set(k, e);
    }
    for (const o of e.omits) {
      const k = `${o.page}|${o.table}|${o.field}`;
      const other = byOmit.get(k);
      if (other) problems.push(`${e.file}:${e.line}: ${e.id}: omit ${o.page} ${o.table} ${o.field} is already listed by ${other.id}`);
      else byOmit.set(k, e);
    }
  }
  if (problems.length) throw new FuncspecError(`errata register: ${problems.length} problem(s)\n${problems.join('\n')}`);
  return { files: shown, entries };
}

/** Every `example:` block of the register, with the entry it belongs to. */
export function registerExamples(reg: ErrataRegister): Array<{ entry: ErrataEntry; example: ErrataExample }> {
  return reg.entries.flatMap((entry) => entry.examples.map((example) => ({ entry, example })));
}

/** Every `drift` item of the register, with the entry it belongs to. */
export function registerDrift(reg: ErrataRegister): Array<{ entry: ErrataEntry; drift: ErrataDrift }> {
  return reg.entries.flatMap((entry) => entry.drift.map((drift) => ({ entry, drift })));
}

/** Every `omits` item of the register, with the entry it belongs to. */
export function registerOmits(reg: ErrataRegister): Array<{ entry: ErrataEntry; omit: ErrataOmit }> {
  return reg.entries.flatMap((entry) => entry.omits.map((omit) => ({ entry, omit })));
}

const SDK_IN_TEXT_RE = /\bsdk ((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*) [A-Za-z_$][\w$]*/g;

/**
 * The npm packages that SDK-sourced facts may cite: those the register lists in citation form,
 * either as a `says` source (`page: "sdk <package> <symbol>"`) or written out in an entry's text
 * (`says` text, `decision`, `why`).
 */
export function registerSdkPackages(reg: ErrataRegister): Set<string> {
  const out = new Set<string>();
  for (const e of reg.entries) {
    for (const s of e.says) {
      const c = parseCitation(s.page);
      if (c.kind === 'sdk') out.add(c.pkg);
    }
    const text = [...e.says.map((s) => s.text), e.decision, e.why].join(' ').replace(/\s+/g, ' ');
    for (const m of text.matchAll(SDK_IN_TEXT_RE)) if (m[1]) out.add(m[1]);
  }
  return out;
}

/**
 * What the register points at must exist. `specs` maps paths relative to `spec/` to parsed
 * documents (a register example naming a path not in the map is reported); `pages` (parsed
 * captures) enables the page checks and may be left out when the captures are not available.
 */
export function checkErrataReferences(
  reg: ErrataRegister,
  { specs, pages }: { specs: ReadonlyMap<string, unknown>; pages?: ReadonlyMap<string, ParsedPage> | undefined },
): string[] {
  const problems: string[] = [];
  const at = (e: ErrataEntry): string => `${e.file}:${e.line}: ${e.id}`;
  for (const e of reg.entries) {
    for (const ex of e.examples) {
      const doc = specs.get(ex.spec);
      if (doc === undefined) {
        problems.push(`${at(e)}: example names spec ${ex.spec}, which does not exist under spec/`);
        continue;
      }
      const all = listExamples(doc);
      const ofOp = all.filter((x) => x.operationId === ex.operationId);
      if (ofOp.length === 0 && !operationExists(doc, ex.operationId)) {
        problems.push(`${at(e)}: example names operation ${ex.operationId}, which ${ex.spec} does not have`);
        continue;
      }
      const match = ofOp.filter((x) => x.in === ex.in && x.name === ex.name && (ex.in === 'request' || x.status === ex.status));
      if (match.length === 0) {
        const have = ofOp.map((x) => `${x.name}:${x.in}${x.status ? ` (${x.status})` : ''}`).join(', ') || 'none';
        problems.push(`${at(e)}: example ${describeExample(ex)} does not exist (the operation has: ${have})`);
      }
    }
    if (!pages) continue;
    for (const pg of e.pages) if (!pages.has(pg)) problems.push(`${at(e)}: pages lists ${pg}, which is not a page in the docs`);
    for (const s of e.says) if (PAGE_ID_RE.test(s.page) && !pages.has(s.page)) problems.push(`${at(e)}: says cites page ${s.page}, which is not a page in the docs`);
    for (const o of e.omits) {
      if (!pages.has(o.page)) {
        problems.push(`${at(e)}: omits ${o.page} ${o.table} ${o.field}: no page ${o.page} in the docs`);
        continue;
      }
      const table = findTable(pages, o.page, o.table);
      if (!table) {
        const labels = pages.get(o.page)?.tables.map((t) => t.label).join(', ') ?? '';
        problems.push(`${at(e)}: omits ${o.page} ${o.table} ${o.field}: page ${o.page} has no table "${o.table}" (it has: ${labels})`);
        continue;
      }
      if (!table.rows.some((r) => r.field === o.field)) problems.push(`${at(e)}: omits ${o.page} ${o.table} ${o.field}: the table has no field "${o.field}"`);
    }
  }
  return problems;
}

function operationExists(doc: unknown, operationId: string): boolean {
  if (!isObj(doc) || !isObj(doc.paths)) return false;
  return Object.values(doc.paths).some((item) => isObj(item) && Object.values(item).some((op) => isObj(op) && op.operationId === operationId));
}
