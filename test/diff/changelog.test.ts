/** The committed changelogs are exactly what `funcspec diff --format markdown` says today. */
import { expect, it } from 'vitest';
import { CHANGELOGS, committed, renderChangelog } from '../../generator/diff/changelog.js';

for (const log of CHANGELOGS) {
  it(`${log.out} is current (refresh: npx tsx generator/diff/changelog.ts --write)`, async () => {
    expect(await committed(log)).toBe(await renderChangelog(log));
  });
}
