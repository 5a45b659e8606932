/**
 * The errata register (spec/CONVENTIONS.md, "The errata register"): loading and checking.
 *
 * The register is `spec/errata.yaml` plus any `spec/errata.<part>.part.yaml` not merged into it yet;
 * all files are read as one list. `loadErrata` checks each entry against errata-schema.ts (required
 * fields, field types, drift kinds and places) and the register as a whole (unique ids, one waiver per
 * example or field), and throws one FuncspecError listing every problem, each as
 * `file:line: <id>: what`. What the entries point at (examples, page tables) is checked by
 * generator/audit/errata-references.ts; `drift:` items by running `funcspec drift` on their page (one
 * that matches no drift is stale, see generator/drift/explain.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { FuncspecError } from '../errors.js';
import { displayPath, parseText } from '../openapi/document.js';
import { isObj, type Obj } from '../openapi/json.js';
import { parseCitation } from './citation.js';
import { ERRATA_ENTRY_SCHEMA } from './errata-schema.js';
import { schemaProblems } from './schema-problems.js';
import { listErrataFiles } from './spec-files.js';

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
 * register/drift-kinds.ts for `at` and the kinds). `values` narrows an enum or example drift to the
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

/** `spec|operationId|in|status|name`: one key per documented example. */
export function exampleKey(e: { spec: string; operationId: string; in: string; status?: string | undefined; name: string }): string {
  return [e.spec, e.operationId, e.in, e.status ?? '', e.name].join('|');
}

export function describeExample(e: ErrataExample): string {
  return `${e.spec} ${e.operationId}:${e.name}:${e.in}${e.status ? ` (${e.status})` : ''}`;
}

let validator: ValidateFunction | undefined;

function validateEntry(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(['message']); // the schema's messages for readers, see errata-schema.ts
  return (validator = ajv.compile(ERRATA_ENTRY_SCHEMA));
}

/** An entry that passed the schema, as the rest of funcspec reads it. */
function toEntry(raw: Obj, file: string, line: number): ErrataEntry {
  const examples = raw.example === undefined ? [] : Array.isArray(raw.example) ? (raw.example as Obj[]) : [raw.example as Obj];
  const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
  return {
    id: raw.id as string,
    pages: [...(raw.pages as string[])],
    subject: raw.subject as string,
    says: list(raw.says).map((s) => ({ page: s.page as string, text: s.text as string })),
    decision: raw.decision as string,
    why: raw.why as string,
    examples: examples.map((e) => ({
      spec: e.spec as string,
      operationId: e.operationId as string,
      in: e.in as 'request' | 'response',
      ...(e.in === 'response' ? { status: e.status as string } : {}),
      name: e.name as string,
      errors: list(e.errors).map((x) => ({ instancePath: x.instancePath as string, keyword: x.keyword as string })),
    })),
    omits: list(raw.omits).map((o) => ({ page: o.page as string, table: o.table as string, field: o.field as string })),
    drift: list(raw.drift).map((d) => ({
      page: d.page as string,
      at: d.at as string,
      kind: d.kind as string,
      ...(Array.isArray(d.values) ? { values: d.values.map(String) } : {}),
    })),
    file,
    line,
  };
}

/** Who a message is about: the entry's id, else its position. */
function whoOf(raw: unknown, index: number): string {
  if (!isObj(raw)) return `entry #${index + 1}`;
  return typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : `entry #${index + 1} (no id)`;
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
  const validate = validateEntry();
  for (const name of files) {
    const path = join(specDir, name);
    const file = displayPath(path);
    shown.push(file);
    const doc = parseText(await readFile(path, 'utf8'), file);
    if (doc.data === null || doc.data === undefined) continue; // an empty part is an empty list
    if (!Array.isArray(doc.data)) {
      problems.push(`${file}:1: the register must be a YAML list of entries`);
      continue;
    }
    doc.data.forEach((raw: unknown, i) => {
      if (validate(raw)) {
        entries.push(toEntry(raw as Obj, file, doc.locate(`/${i}`).line));
        return;
      }
      const who = whoOf(raw, i);
      for (const p of schemaProblems(ERRATA_ENTRY_SCHEMA, validate.errors ?? [], raw)) problems.push(`${file}:${doc.locate(`/${i}${p.pointer}`).line}: ${who}: ${p.message}`);
    });
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
