/**
 * Provenance: every operation, component schema, property (at any depth, inline or not), parameter
 * and security scheme carries `x-source`, and every `x-source` anywhere cites an existing page table
 * or section (`"<page> <label>"`, checked against the parsed captures) or an SDK source whose package
 * the errata register quotes (`"sdk <npm package> <symbol>"`).
 */
import { describe, expect, it } from 'vitest';
import { registerSdkPackages } from '../../generator/register/errata.js';
import { checkCitations, checkXSourcePresence } from '../../generator/audit/x-source.js';
import { hasDocs, loadDocsPages, loadRegister, loadSpecs, NEEDS_DOCS, where } from './support.js';

const specs = await loadSpecs();
const reg = await loadRegister();
const pages = await loadDocsPages();

describe('x-source', () => {
  it.each(specs.files)('%s: every operation, component schema, property, parameter and security scheme has x-source', (file) => {
    expect(specs.failures.get(file), specs.failures.get(file)).toBeUndefined();
    const doc = specs.docs.get(file)!;
    const problems = checkXSourcePresence(doc.data).map((p) => `${where(doc, p.pointer)}: ${p.message} (${p.pointer})`);
    expect(problems, `${problems.length} node(s) without x-source:\n${problems.join('\n')}`).toEqual([]);
  });

  (hasDocs ? it : it.skip).each(specs.files)(`%s: every x-source citation resolves to a page table or section, or a registered SDK source${NEEDS_DOCS}`, (file) => {
    expect(specs.failures.get(file), specs.failures.get(file)).toBeUndefined();
    expect(reg.error, `register unreadable: ${reg.error}`).toBeUndefined();
    const doc = specs.docs.get(file)!;
    const problems = checkCitations(doc.data, pages, registerSdkPackages(reg.register!)).map((p) => `${where(doc, p.pointer)}: ${p.message}`);
    expect(problems, `${problems.length} bad citation(s):\n${problems.join('\n')}`).toEqual([]);
  });
});
