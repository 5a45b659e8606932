/**
 * The conformance cases: every documented example of the curated specs (those the generate config
 * names, not the snapshot), addressed `operationId:exampleName:request|response` as
 * spec/CONVENTIONS.md promises, with what the errata register predicts for it.
 */
import { relative } from 'node:path';
import { readConfig } from '../../generator/generate/config.js';
import { loadErrata, registerExamples, exampleKey, type ErrataExampleError } from '../../generator/register/errata.js';
import { loadDocument } from '../../generator/openapi/document.js';
import { listExamples } from '../../generator/openapi/examples.js';

export const SPEC_DIR = 'spec';
export const CONFIG_FILE = 'funcspec.config.json';

export interface SpecUnderTest {
  /** Path relative to spec/, as the errata register names it. */
  spec: string;
  /** Path relative to the repository root. */
  file: string;
  /** Subpath of the generated package, e.g. `huaweicloud/functiongraph`. */
  name: string;
  clientName?: string;
  doc: unknown;
}

export interface ConformanceCase {
  /** `operationId:exampleName:request|response`. */
  id: string;
  spec: string;
  operationId: string;
  in: 'request' | 'response';
  /** Response status key as written in the spec (`200`, `4XX`). */
  status?: string;
  name: string;
  value: unknown;
  /** JSON pointer of the example in its spec. */
  pointer: string;
  /** Set when the errata register says the spec rejects this example, with exactly these errors. */
  expectedFailure?: { errata: string; errors: ErrataExampleError[] };
}

/** The specs the generate config lists, parsed. */
export async function loadSpecsUnderTest(): Promise<SpecUnderTest[]> {
  const config = await readConfig(CONFIG_FILE);
  const out: SpecUnderTest[] = [];
  for (const s of config.specs) {
    const loaded = await loadDocument(s.file);
    out.push({ spec: relative(SPEC_DIR, s.file).split('\\').join('/'), file: s.file, name: s.name, ...(s.clientName ? { clientName: s.clientName } : {}), doc: loaded.data });
  }
  return out;
}

export async function compileCases(specs: SpecUnderTest[]): Promise<ConformanceCase[]> {
  const register = await loadErrata(SPEC_DIR);
  const predicted = new Map(registerExamples(register).map(({ entry, example }) => [exampleKey(example), { errata: entry.id, errors: example.errors }]));
  const cases: ConformanceCase[] = [];
  for (const s of specs) {
    for (const ex of listExamples(s.doc)) {
      const expectedFailure = predicted.get(exampleKey({ spec: s.spec, operationId: ex.operationId, in: ex.in, status: ex.status, name: ex.name }));
      cases.push({
        id: `${ex.operationId}:${ex.name}:${ex.in}`,
        spec: s.spec,
        operationId: ex.operationId,
        in: ex.in,
        ...(ex.status !== undefined ? { status: ex.status } : {}),
        name: ex.name,
        value: ex.value,
        pointer: ex.pointer,
        ...(expectedFailure ? { expectedFailure } : {}),
      });
    }
  }
  return cases;
}
