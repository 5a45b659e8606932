/**
 * oasdiff's versioning policy: a breaking change needs a major version bump (a minor one below
 * 1.0.0, where semver gives the minor the major's role). The walk compares `info.version` of both
 * documents when both are semantic versions (an optional leading `v`; anything else, a date for
 * one, is not judged) and states how the pair falls short; the rules below are reported only when
 * the same comparison found an ERR change (classify.ts). All three are INFO, as in oasdiff.
 */
import { rule } from '../rule.js';

const when = { kind: 'version', site: 'info' } as const;

export const rules = [
  rule({
    id: 'api-version-not-bumped',
    level: 'INFO',
    message: 'a breaking change was detected but the version is still {to}',
    when: { ...when, detail: 'not-bumped' },
    onlyWithBreaking: true,
  }),
  rule({
    id: 'api-version-decreased',
    level: 'INFO',
    message: 'a breaking change was detected but the version went down from {from} to {to}',
    when: { ...when, detail: 'decreased' },
    onlyWithBreaking: true,
  }),
  rule({
    id: 'api-major-version-not-bumped',
    level: 'INFO',
    message: 'a breaking change was detected but the major version was not bumped ({from} to {to})',
    when: { ...when, detail: 'major-not-bumped' },
    onlyWithBreaking: true,
  }),
];
