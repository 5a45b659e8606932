/**
 * One test per rule case: a minimal base/revision pair must produce exactly the case's rule id
 * (plus any `also` ids it declares), at the level the registry gives it, with pointers that exist.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../generator/diff/engine.js';
import { ruleById } from '../../generator/diff/registry.js';
import { getAtPointer } from '../../generator/openapi/pointer.js';
import { CASES } from './cases/index.js';

for (const [family, cases] of Object.entries(CASES)) {
  describe(family, () => {
    for (const c of cases) {
      it(`${c.id}${c.note ? ` (${c.note})` : ''}`, () => {
        const changes = diffDocuments(c.base, c.revision, { includeDocs: c.includeDocs ?? false });
        const ids = [...new Set(changes.map((x) => x.id))].sort();
        expect(ids).toEqual([...new Set([c.id, ...(c.also ?? [])])].sort());
        const mine = changes.find((x) => x.id === c.id)!;
        expect(mine.level).toBe(ruleById(c.id)?.level);
        expect(mine.direction).toBe(ruleById(c.id)?.direction);
        if (c.expect) expect(mine).toMatchObject(c.expect);
        // Every pointer must address something that exists in its document.
        for (const x of changes) {
          expect(x.basePointer === undefined || getAtPointer(c.base, x.basePointer) !== undefined, `${x.id} basePointer ${x.basePointer}`).toBe(true);
          expect(x.revisionPointer === undefined || getAtPointer(c.revision, x.revisionPointer) !== undefined, `${x.id} revisionPointer ${x.revisionPointer}`).toBe(true);
        }
      });
    }
  });
}
