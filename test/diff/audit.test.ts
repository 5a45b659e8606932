/**
 * The rule registry audits itself against the tests and against oasdiff:
 * - every registered rule has at least one rule case, and every case names a registered rule;
 * - every rule's mirror (request<->response, added<->removed) is registered or waived with a reason,
 *   and every waiver is still needed;
 * - ids not marked `own` exist in oasdiff with the same level and direction; `own` ids do not.
 */
import { describe, expect, it } from 'vitest';
import { GAPS } from '../../generator/diff/oasdiff-gaps.js';
import { mirrorIds, oasdiffRules } from '../../generator/diff/oasdiff.js';
import { FAMILIES, RULES, WAIVERS, ruleById } from '../../generator/diff/registry.js';
import { ALL_CASES, CASES } from './cases/index.js';

const registered = new Set(RULES.map((r) => r.id));

describe('rule registry audit', () => {
  it('every rule has a rule case', () => {
    const tested = new Set(ALL_CASES.map((c) => c.id));
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('every rule case names a registered rule', () => {
    expect(ALL_CASES.map((c) => c.id).filter((id) => !registered.has(id))).toEqual([]);
  });

  it('keeps the cases of each rule file in the case file of the same name', () => {
    const fileOf = new Map(FAMILIES.flatMap(([, file, rules]) => rules.map((r) => [r.id, file] as const)));
    const misplaced = Object.entries(CASES).flatMap(([file, cases]) =>
      cases.filter((c) => fileOf.get(c.id) !== file).map((c) => `${c.id} in cases/${file}.ts, rule in rules/${fileOf.get(c.id)}.ts`),
    );
    expect(misplaced).toEqual([]);
  });

  it("every rule's mirror is registered or waived", () => {
    const waived = (id: string): boolean => WAIVERS.some((w) => w.match.test(id));
    const missing = RULES.flatMap((r) =>
      mirrorIds(r.id)
        .filter((m) => !registered.has(m) && !waived(m))
        .map((m) => `${m} (mirror of ${r.id})`),
    );
    expect(missing).toEqual([]);
  });

  it('every waiver is needed, hides no rule, and says why', () => {
    const mirrors = [...new Set(RULES.flatMap((r) => mirrorIds(r.id)))].filter((m) => !registered.has(m));
    expect(WAIVERS.filter((w) => !mirrors.some((m) => w.match.test(m))).map((w) => `${w.match} waives nothing`)).toEqual([]);
    expect(WAIVERS.flatMap((w) => RULES.filter((r) => w.match.test(r.id)).map((r) => `${w.match} matches registered rule ${r.id}`))).toEqual([]);
    expect(WAIVERS.filter((w) => w.reason.trim().length < 20).map((w) => String(w.match))).toEqual([]);
  });

  it("follows oasdiff's ids, levels and directions unless a rule says why not", () => {
    const oasdiff = oasdiffRules();
    const mismatched = RULES.filter((r) => r.own === undefined).flatMap((r) => {
      const o = oasdiff.get(r.id);
      if (!o) return [`${r.id}: not an oasdiff id (mark it own, with the reason)`];
      return o.level === r.level && o.direction === r.direction ? [] : [`${r.id}: ours ${r.level}/${r.direction}, oasdiff ${o.level}/${o.direction}`];
    });
    expect(mismatched).toEqual([]);
    expect(RULES.filter((r) => r.own !== undefined && oasdiff.has(r.id)).map((r) => `${r.id} is an oasdiff id: follow it instead of marking it own`)).toEqual([]);
  });

  it('every oasdiff id funcspec lacks is listed once, with the reason, in oasdiff-gaps.ts', () => {
    const missing = [...oasdiffRules().keys()].filter((id) => !registered.has(id));
    expect(missing.filter((id) => GAPS.filter((g) => g.match.test(id)).length !== 1).map((id) => `${id} matches ${GAPS.filter((g) => g.match.test(id)).length} gaps`)).toEqual([]);
    expect(GAPS.filter((g) => !missing.some((id) => g.match.test(id))).map((g) => `${g.match} matches no missing oasdiff id`)).toEqual([]);
    expect(GAPS.flatMap((g) => RULES.filter((r) => g.match.test(r.id)).map((r) => `${g.match} matches registered rule ${r.id}`))).toEqual([]);
  });

  it('documentation-only rules are INFO', () => {
    expect(RULES.filter((r) => r.docsOnly && r.level !== 'INFO').map((r) => r.id)).toEqual([]);
  });

  it('rule ids are unique and look like ids', () => {
    expect(RULES.length).toBe(registered.size);
    expect(RULES.map((r) => r.id).filter((id) => !/^[a-z]+(-[a-z]+)*$/.test(id))).toEqual([]);
    expect(ruleById('request-property-removed')?.level).toBe('WARN');
  });
});
