/**
 * What the errata register points at must exist: `example:` blocks name an example of the named
 * spec and operation, `pages`/`says`/`omits` name pages, tables and fields of the captures.
 */
import { listExamples } from '../openapi/examples.js';
import { isObj } from '../openapi/json.js';
import { listOperations } from '../openapi/walk.js';
import type { ParsedPage } from '../pages/page-table.js';
import { findTable } from '../pages/parse-page.js';
import { PAGE_ID_RE } from '../register/citation.js';
import { describeExample, type ErrataEntry, type ErrataRegister } from '../register/errata.js';

function operationExists(doc: unknown, operationId: string): boolean {
  return listOperations(doc).some(({ operation }) => isObj(operation.value) && operation.value.operationId === operationId);
}

/**
 * `specs` maps paths relative to `spec/` to parsed documents (a register example naming a path not
 * in the map is reported); `pages` (parsed captures) enables the page checks and may be left out
 * when the captures are not available.
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
        const labels =
          pages
            .get(o.page)
            ?.tables.map((t) => t.label)
            .join(', ') ?? '';
        problems.push(`${at(e)}: omits ${o.page} ${o.table} ${o.field}: page ${o.page} has no table "${o.table}" (it has: ${labels})`);
        continue;
      }
      if (!table.rows.some((r) => r.field === o.field)) problems.push(`${at(e)}: omits ${o.page} ${o.table} ${o.field}: the table has no field "${o.field}"`);
    }
  }
  return problems;
}
