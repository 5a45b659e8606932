/** Rule cases for generator/diff/rules/versioning.ts: a breaking change (a new required request property) under each kind of version shortfall. */
import { reqBody, ruleCase } from '../helpers.js';

type Json = Record<string, unknown>;
const withVersion = (d: Json, version: string): Json => ({ ...d, info: { title: 'test', version } });
const before = (version: string) => withVersion(reqBody({ type: 'object' }), version);
const after = (version: string) => withVersion(reqBody({ type: 'object', properties: { p: { type: 'string' } }, required: ['p'] }), version);
const breaking = ['new-required-request-property'];

export const cases = [
  ruleCase('api-version-not-bumped', before('1.0.0'), after('1.0.0'), {
    also: breaking,
    expect: {
      to: '1.0.0',
      operation: '',
      path: '',
      basePointer: '/info/version',
      revisionPointer: '/info/version',
      message: "a breaking change was detected but the version is still '1.0.0'",
    },
  }),
  ruleCase('api-version-decreased', before('2.0.0'), after('1.0.0'), { also: breaking, expect: { from: '2.0.0', to: '1.0.0' } }),
  ruleCase('api-major-version-not-bumped', before('1.0.0'), after('1.1.0'), { also: breaking, expect: { from: '1.0.0', to: '1.1.0' } }),
];
