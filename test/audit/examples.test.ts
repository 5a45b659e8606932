/**
 * Every documented example validates against its schema, except those the errata register names in
 * an `example:` block; those must fail with exactly the {instancePath, keyword} errors the register
 * predicts. Fixing an erratum (or breaking an example differently) without updating the register
 * therefore fails here.
 */
import { describe, expect, it } from 'vitest';
import { auditExamples } from '../../generator/audit/example-audit.js';
import { checkErrataReferences } from '../../generator/audit/errata-references.js';
import { validateExamples } from '../../generator/openapi/validate-examples.js';
import { loadRegister, loadSpecs, where } from './support.js';

const specs = await loadSpecs();
const reg = await loadRegister();

describe('documented examples', () => {
  it('the errata register reads and every entry is well-formed', () => {
    expect(reg.error, reg.error).toBeUndefined();
  });

  it('every register example: block names an example that exists', () => {
    expect(reg.error, `register unreadable: ${reg.error}`).toBeUndefined();
    const data = new Map([...specs.docs].map(([f, d]) => [f, d.data]));
    // Without `pages` only the example references are checked; page checks belong to the inventory.
    const problems = checkErrataReferences(reg.register!, { specs: data });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each(specs.files)('%s: examples validate, and registered ones fail exactly as predicted', (file) => {
    expect(specs.failures.get(file), specs.failures.get(file)).toBeUndefined();
    expect(reg.error, `register unreadable: ${reg.error}`).toBeUndefined();
    const doc = specs.docs.get(file)!;
    const problems = auditExamples(file, validateExamples(doc.data), reg.register!).map((p) => (p.pointer === undefined ? p.message : `${where(doc, p.pointer)}: ${p.message}`));
    expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
  });
});
