/**
 * Every document under spec/ is valid OpenAPI 3.1: it parses, declares `openapi: 3.1.x`, and
 * Redocly's structural rules (curated mode: security must be defined) report nothing.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { lintOpenApi } from '../../generator/openapi/lint.js';
import { EXPECTED_DOCUMENTS, loadSpecs, specPath } from './support.js';

const specs = await loadSpecs();

describe('spec documents', () => {
  it('the documents the conventions list all exist', () => {
    const missing = EXPECTED_DOCUMENTS.filter((f) => !specs.files.includes(f));
    expect(missing, `missing under spec/: ${missing.join(', ')}`).toEqual([]);
  });

  it.each(specs.files)('%s is valid OpenAPI 3.1 (Redocly, curated)', async (file) => {
    const failure = specs.failures.get(file);
    expect(failure, `does not parse: ${failure}`).toBeUndefined();
    const doc = specs.docs.get(file)!;
    const data = doc.data as Record<string, unknown> | null;
    const version = data && typeof data === 'object' ? data.openapi : undefined;
    expect(typeof version === 'string' && /^3\.1\.\d+$/.test(version), `${doc.file}: openapi is ${JSON.stringify(version)}, expected "3.1.x"`).toBe(true);
    const problems = await lintOpenApi(await readFile(specPath(file), 'utf8'), doc.file, { curated: true });
    const lines = problems.map((p) => {
      const pos = p.line ? { line: p.line, column: p.column ?? 1 } : doc.locate(p.pointer);
      return `${doc.file}:${pos.line}:${pos.column}: [${p.ruleId}] ${p.message} (${p.pointer})`;
    });
    expect(lines, `${lines.length} lint problem(s):\n${lines.join('\n')}`).toEqual([]);
  });
});
