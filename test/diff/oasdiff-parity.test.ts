/**
 * Behaviour checked against oasdiff's own tests: its versioning-policy tests
 * (checker/versioning_policy_test.go: the same version pairs, the same verdicts), its reading of an
 * empty `pattern`, and where funcspec deliberately reports less (nullability a text parameter
 * cannot carry).
 */
import { describe, expect, it } from 'vitest';
import { versionShortfall } from '../../generator/diff/compare-info.js';
import { diffDocuments } from '../../generator/diff/engine.js';
import { as30, params, query, reqBody, reqProp } from './helpers.js';

type Json = Record<string, unknown>;
const VERSION_IDS = ['api-version-not-bumped', 'api-version-decreased', 'api-major-version-not-bumped'];

/** One breaking change (a request property became required), under the given versions. */
function policy(baseVersion: string, revisionVersion: string, breaking = true): string[] {
  const body = (required: string[]): Json => reqBody({ type: 'object', properties: { name: { type: 'string' } }, required });
  const withVersion = (d: Json, version: string): Json => ({ ...d, info: { title: 'products', version } });
  const ids = diffDocuments(withVersion(body([]), baseVersion), withVersion(body(breaking ? ['name'] : []), revisionVersion)).map((c) => c.id);
  if (breaking) expect(ids).toContain('request-property-became-required'); // the policy adds a finding, never hides one
  return ids.filter((id) => VERSION_IDS.includes(id));
}

describe('versioning policy (oasdiff checker/versioning_policy_test.go)', () => {
  it('breaking change without a major bump', () => {
    expect(policy('1.0.0', '1.1.0')).toEqual(['api-major-version-not-bumped']);
    expect(policy('1.0.0', '1.0.1')).toEqual(['api-major-version-not-bumped']);
    expect(policy('v1.0.0', 'v1.1.0')).toEqual(['api-major-version-not-bumped']);
  });

  it('breaking change without any bump', () => {
    expect(policy('1.0.0', '1.0.0')).toEqual(['api-version-not-bumped']);
    expect(policy('0.3.1', '0.3.1')).toEqual(['api-version-not-bumped']);
  });

  it('breaking change with the version going down', () => {
    expect(policy('2.0.0', '1.0.0')).toEqual(['api-version-decreased']);
    expect(policy('1.2.0', '1.1.0')).toEqual(['api-version-decreased']);
    expect(policy('1.0.1', '1.0.0')).toEqual(['api-version-decreased']);
  });

  it('a major bump is silent', () => {
    expect(policy('1.0.0', '2.0.0')).toEqual([]);
    expect(policy('1.9.3', '2.0.0')).toEqual([]);
  });

  it('anything that is not semver is silent', () => {
    for (const [b, r] of [
      ['1.0', '2.0'],
      ['2026-01-01', '2026-06-01'],
      ['v1', 'v2'],
      ['1.0.0', '2.0'],
      ['', ''],
      ['1.0.0', ''],
    ] as const) {
      expect(policy(b, r), `${b} -> ${r}`).toEqual([]);
    }
  });

  it('below 1.0.0 a minor bump carries a breaking change, a patch bump does not', () => {
    expect(policy('0.1.0', '0.2.0')).toEqual([]);
    expect(policy('0.1.0', '0.1.1')).toEqual(['api-major-version-not-bumped']);
  });

  it('prerelease and build metadata do not decide which number moved', () => {
    expect(policy('1.0.0', '1.1.0-rc.1')).toEqual(['api-major-version-not-bumped']);
    expect(policy('1.0.0', '2.0.0+build.5')).toEqual([]);
  });

  it('is document-level, INFO, and carries both versions', () => {
    const body = (required: string[]): Json => ({ ...reqBody({ type: 'object', properties: { name: { type: 'string' } }, required }), info: { title: 't', version: '1.0.0' } });
    const change = diffDocuments(body([]), { ...body(['name']), info: { title: 't', version: '1.1.0' } }).find((c) => c.id === 'api-major-version-not-bumped');
    expect(change).toMatchObject({ operation: '', path: '', level: 'INFO', direction: 'none', from: '1.0.0', to: '1.1.0' });
    expect(change?.message).toContain('major version');
  });

  it('a non-breaking change is silent, and so is a WARN-only one', () => {
    expect(policy('1.0.0', '1.0.0', false)).toEqual([]);
    const warnOnly = diffDocuments(reqProp({ type: 'string' }), reqProp({ type: 'string', maxLength: 5 }));
    expect(warnOnly.map((c) => c.id)).toEqual(['request-property-max-length-set']);
  });

  it('versionShortfall reads the pair alone', () => {
    expect(versionShortfall('1.0.0', '1.0.0')).toBe('not-bumped');
    expect(versionShortfall(1, 1)).toBeUndefined();
    expect(versionShortfall('01.0.0', '01.0.0')).toBeUndefined();
  });
});

describe('an empty pattern is no pattern (as in oasdiff)', () => {
  const p = (pattern?: string): Json => reqProp({ type: 'string', ...(pattern === undefined ? {} : { pattern }) });
  it("'' -> a pattern is pattern-added (ERR), the reverse pattern-removed (INFO), '' <-> none is nothing", () => {
    expect(diffDocuments(p(''), p('^[a-z]+$')).map((c) => [c.id, c.level])).toEqual([['request-property-pattern-added', 'ERR']]);
    expect(diffDocuments(p('^[a-z]+$'), p('')).map((c) => [c.id, c.level])).toEqual([['request-property-pattern-removed', 'INFO']]);
    expect(diffDocuments(p(''), p())).toEqual([]);
    expect(diffDocuments(query({ type: 'string', pattern: '^a$' }), query({ type: 'string', pattern: '' })).map((c) => c.id)).toEqual(['request-parameter-pattern-removed']);
  });
});

describe('no false alarms on parameters that cannot carry null', () => {
  it('dropping 3.1 `nullable: true` (not a 3.1 keyword) from a query parameter is nothing a client sees', () => {
    expect(diffDocuments(query({ type: 'string', nullable: true }), query({ type: 'string' }))).toEqual([]);
    expect(diffDocuments(query({ type: 'string' }), query({ type: 'string', nullable: true }))).toEqual([]);
    const deep = (p: Json): Json => query({ type: 'object', properties: { p } }, { style: 'deepObject' });
    expect(diffDocuments(deep({ type: 'string', nullable: true }), deep({ type: 'string' }))).toEqual([]);
  });

  it('still reports a parameter that listed null, a 3.0 nullable, and a JSON-encoded parameter', () => {
    expect(diffDocuments(query({ type: ['string', 'null'] }), query({ type: 'string' })).map((c) => c.id)).toEqual(['request-parameter-became-not-nullable']);
    expect(diffDocuments(query({ type: 'string', enum: ['a', null] }), query({ type: 'string', enum: ['a'] })).map((c) => c.id)).toEqual(['request-parameter-became-not-nullable']);
    expect(diffDocuments(as30(query({ type: 'string', nullable: true })), as30(query({ type: 'string' }))).map((c) => c.id)).toEqual(['request-parameter-became-not-nullable']);
    const json = (schema: Json): Json => params({ name: 'q', in: 'query', content: { 'application/json': { schema } } });
    expect(diffDocuments(json({ type: 'object', nullable: true }), json({ type: 'object' })).map((c) => c.id)).toEqual(['request-parameter-became-not-nullable']);
  });

  it('request bodies are unaffected: JSON carries null', () => {
    expect(diffDocuments(reqProp({ type: 'string', nullable: true }), reqProp({ type: 'string' })).map((c) => c.id)).toEqual(['request-property-became-not-nullable']);
  });
});

describe('request maxItems (funcspec ids: oasdiff checks it on parameters only)', () => {
  const arr = (kw: Json = {}): Json => ({ type: 'array', items: { type: 'string' }, ...kw });
  it('decreased is ERR, set is WARN, increased and read-only properties are not reported', () => {
    expect(diffDocuments(reqProp(arr({ maxItems: 10 })), reqProp(arr({ maxItems: 3 }))).map((c) => [c.id, c.level])).toEqual([['request-property-max-items-decreased', 'ERR']]);
    expect(diffDocuments(reqProp(arr()), reqProp(arr({ maxItems: 3 }))).map((c) => [c.id, c.level])).toEqual([['request-property-max-items-set', 'WARN']]);
    expect(diffDocuments(reqProp(arr({ maxItems: 3 })), reqProp(arr({ maxItems: 10 })))).toEqual([]);
    expect(diffDocuments(reqProp(arr({ readOnly: true, maxItems: 10 })), reqProp(arr({ readOnly: true, maxItems: 3 })))).toEqual([]);
  });
});
