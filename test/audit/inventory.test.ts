/**
 * Inventory: every field of every parameter table of every page appears in the spec document(s)
 * transcribing that page, on a node citing the table, as the right kind of node (path parameter,
 * header parameter or apiKey scheme, body property), unless the errata register waives it under
 * `omits`. Waivers must be live: an `omits` item naming a field the spec has, or a field/table the
 * page does not have, fails too. All problems are reported in one message.
 */
import { describe, expect, it } from 'vitest';
import { checkErrataReferences } from '../../generator/audit/errata-references.js';
import { checkPageInventory, collectCitedNames, documentsByPage, formatProblem, type CitedNames } from '../../generator/audit/inventory.js';
import { hasDocs, loadDocsPages, loadRegister, loadSpecs, NEEDS_DOCS } from './support.js';

const specs = await loadSpecs();
const reg = await loadRegister();
const pages = await loadDocsPages();
/** Which documents transcribe each page: those citing it (a document that does not parse cites nothing). */
const pageDocuments = documentsByPage(new Map([...specs.docs].map(([f, d]) => [f, d.data])));

describe(`inventory of the page tables${NEEDS_DOCS}`, () => {
  it.skipIf(!hasDocs)('every page is transcribed by a spec document citing it', () => {
    const unassigned = [...pages.keys()].filter((p) => !pageDocuments.has(p));
    const broken = [...specs.failures.keys()].map((f) => `spec/${f} (does not parse)`);
    expect(unassigned, `pages no spec document cites: ${unassigned.join(', ')}${broken.length ? `; ${broken.join(', ')}` : ''}`).toEqual([]);
  });

  it.skipIf(!hasDocs)('the register names existing pages, tables and fields', () => {
    expect(reg.error, `register unreadable: ${reg.error}`).toBeUndefined();
    const data = new Map([...specs.docs].map(([f, d]) => [f, d.data]));
    const problems = checkErrataReferences(reg.register!, { specs: data, pages }).filter((p) => !/: example /.test(p));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.skipIf(!hasDocs)('every field of every parameter table is in the spec or waived by the register', () => {
    expect(reg.error, `register unreadable: ${reg.error}`).toBeUndefined();
    const out: string[] = [];
    let count = 0;
    for (const [id, docs] of pageDocuments) {
      const page = pages.get(id);
      if (!page) {
        out.push(`page ${id}: cited by ${docs.map((d) => `spec/${d}`).join(', ')}, but there is no capture ${id}_*.txt in ../shared/docs`);
        count++;
        continue;
      }
      const cited: CitedNames = { names: new Map(), properties: new Map() };
      for (const d of docs) collectCitedNames(specs.docs.get(d)!.data, cited);
      const problems = checkPageInventory(page, cited, reg.register!);
      count += problems.length;
      if (problems.length)
        out.push(`page ${id} (${docs.map((d) => `spec/${d}`).join(', ')}): ${problems.length} problem(s)\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    }
    expect(out, `${count} inventory problem(s):\n${out.join('\n')}`).toEqual([]);
  });
});
