/**
 * Marks the drift the errata register already explains. Two kinds of register item explain drift:
 *
 * - `drift:` items (`{page, at, kind, values?}`) name a difference the spec makes on purpose;
 * - `omits` items name page fields deliberately left out, which explains `field-only-on-page` for
 *   that row of that table.
 *
 * `drift:` items of this page that match nothing are returned as stale, so an explanation cannot
 * outlive the difference it was written for.
 */
import { registerDrift, registerOmits, type ErrataRegister } from '../register/errata.js';
import type { Drift, DriftReport } from './model.js';

export function explainDrift(drift: Drift[], register: ErrataRegister, pageId: string): DriftReport['stale'] {
  const items = registerDrift(register).filter(({ drift: d }) => d.page === pageId);
  const used = new Map<number, Set<string>>();
  const omits = registerOmits(register).filter(({ omit }) => omit.page === pageId);
  for (const d of drift) {
    const i = items.findIndex(({ drift: e }) => e.at === d.at && e.kind === d.kind && (!e.values || (d.value !== undefined && e.values.includes(d.value))));
    if (i >= 0) {
      const seen = used.get(i) ?? new Set<string>();
      if (d.value !== undefined) seen.add(d.value);
      used.set(i, seen);
      const { entry } = items[i]!;
      d.explainedBy = { id: entry.id, file: entry.file, line: entry.line, via: 'drift' };
      continue;
    }
    if (d.kind !== 'field-only-on-page') continue;
    const name = d.field.split('.').pop() ?? d.field;
    const o = omits.find(({ omit }) => omit.table === d.page.table && omit.field === name);
    if (o) d.explainedBy = { id: o.entry.id, file: o.entry.file, line: o.entry.line, via: 'omits' };
  }
  // An item is stale when it matched nothing, or when some of the values it lists matched nothing.
  const stale: DriftReport['stale'] = [];
  items.forEach(({ entry, drift: e }, i) => {
    const seen = used.get(i);
    const values = e.values?.filter((v) => !seen?.has(v));
    if (seen && (!values || values.length === 0)) return;
    stale.push({ id: entry.id, file: entry.file, line: entry.line, at: e.at, kind: e.kind, ...(values ? { values } : {}) });
  });
  return stale;
}
