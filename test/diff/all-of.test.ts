/**
 * oasdiff's `*-all-of-*` rules, one test each: funcspec merges allOf into one schema before comparing
 * (openapi/schema-view.ts), so an added or removed branch is reported as what it changes for a
 * client, or not at all when it only carries annotations. docs/diff.md ("allOf") lists the same
 * mapping; the last test keeps the two together.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../generator/diff/engine.js';
import { oasdiffRules } from '../../generator/diff/oasdiff.js';
import { DOC } from '../../generator/diff/rules-table.js';
import { reqBody, resBody, withSchemas } from './helpers.js';

type Json = Record<string, unknown>;
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const S = { type: 'string' };
const schemas = {
  Base: { type: 'object', properties: { id: S } },
  Required: { type: 'object', properties: { tag: S }, required: ['tag'] },
  Optional: { type: 'object', properties: { tag: S } },
  Note: { description: 'annotations only', title: 'Note', example: { id: 'x' } },
};
const body = (make: (s: unknown) => Json, ...branches: Json[]): Json => withSchemas(make({ allOf: [ref('Base'), ...branches] }), schemas);
const prop = (make: (s: unknown) => Json, ...branches: Json[]): Json => withSchemas(make({ type: 'object', properties: { p: { allOf: [ref('Base'), ...branches] } } }), schemas);

/** [oasdiff id, base, revision, what funcspec reports]. */
const CASES: ReadonlyArray<readonly [string, Json, Json, string[]]> = [
  ['request-body-all-of-added', body(reqBody), body(reqBody, ref('Required')), ['new-required-request-property']],
  ['request-body-all-of-removed', body(reqBody, ref('Optional')), body(reqBody), ['request-property-removed']],
  ['request-property-all-of-added', prop(reqBody), prop(reqBody, ref('Required')), ['new-required-request-property']],
  ['request-property-all-of-removed', prop(reqBody, ref('Optional')), prop(reqBody), ['request-property-removed']],
  ['request-body-all-of-added-annotation-only', body(reqBody), body(reqBody, ref('Note')), []],
  ['request-body-all-of-removed-annotation-only', body(reqBody, ref('Note')), body(reqBody), []],
  ['request-property-all-of-added-annotation-only', prop(reqBody), prop(reqBody, ref('Note')), []],
  ['request-property-all-of-removed-annotation-only', prop(reqBody, ref('Note')), prop(reqBody), []],
  ['response-body-all-of-added', body(resBody), body(resBody, ref('Required')), ['response-required-property-added']],
  ['response-body-all-of-removed', body(resBody, ref('Optional')), body(resBody), ['response-optional-property-removed']],
  ['response-property-all-of-added', prop(resBody), prop(resBody, ref('Optional')), ['response-optional-property-added']],
  ['response-property-all-of-removed', prop(resBody, ref('Required')), prop(resBody), ['response-required-property-removed']],
  ['response-body-all-of-added-annotation-only', body(resBody), body(resBody, ref('Note')), []],
  ['response-body-all-of-removed-annotation-only', body(resBody, ref('Note')), body(resBody), []],
  ['response-property-all-of-added-annotation-only', prop(resBody), prop(resBody, ref('Note')), []],
  ['response-property-all-of-removed-annotation-only', prop(resBody, ref('Note')), prop(resBody), []],
];

describe("oasdiff's allOf rules, as the merged view reports them", () => {
  for (const [id, base, revision, expected] of CASES) {
    it(`${id} -> ${expected.length ? expected.join(', ') : 'no change'}`, () => {
      expect(diffDocuments(base, revision).map((c) => c.id)).toEqual(expected);
    });
  }

  it('covers every *-all-of-* id of oasdiff, each listed in docs/diff.md', () => {
    const ids = [...oasdiffRules().keys()].filter((id) => id.includes('-all-of-'));
    expect(CASES.map(([id]) => id).sort()).toEqual(ids.sort());
    const doc = readFileSync(DOC, 'utf8');
    expect(ids.filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });

  it('moving a property into a shared allOf base is no change', () => {
    const flat = withSchemas(reqBody({ type: 'object', properties: { id: S, name: S }, required: ['name'] }), schemas);
    const split = withSchemas(reqBody({ allOf: [ref('Base'), { type: 'object', properties: { name: S }, required: ['name'] }] }), schemas);
    expect(diffDocuments(flat, split)).toEqual([]);
  });

  it('intersects types and nullability: a value must satisfy every branch', () => {
    const nullable = { Vpc: { type: 'object', properties: { id: S }, nullable: true } };
    const before = withSchemas({ ...reqBody({ type: 'object', properties: { vpc: ref('Vpc') } }), openapi: '3.0.3' }, nullable);
    const after = withSchemas({ ...reqBody({ type: 'object', properties: { vpc: { allOf: [ref('Vpc'), { type: 'object' }] } } }), openapi: '3.0.3' }, nullable);
    expect(diffDocuments(before, after).map((c) => [c.id, c.subject])).toEqual([['request-property-became-not-nullable', 'vpc']]);
    // The 3.0 idiom `nullable: true` beside an allOf still admits null.
    const idiom = withSchemas({ ...reqBody({ type: 'object', properties: { vpc: { nullable: true, allOf: [ref('Vpc'), { type: 'object' }] } } }), openapi: '3.0.3' }, nullable);
    expect(diffDocuments(before, idiom)).toEqual([]);
    const wide = reqBody({ type: 'object', properties: { n: { type: ['string', 'integer'] } } });
    const narrowed = reqBody({ type: 'object', properties: { n: { allOf: [{ type: ['string', 'integer'] }, { type: ['integer', 'boolean'] }] } } });
    expect(diffDocuments(wide, narrowed).map((c) => [c.id, c.to])).toEqual([['request-property-list-of-types-narrowed', 'integer']]);
  });
});
