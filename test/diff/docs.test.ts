/** docs/diff.md carries the rule reference generated from the registry; it must be current. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { HELP } from '../../generator/cli/diff.js';
import { DOC, withTable } from '../../generator/diff/rules-table.js';

it('docs/diff.md lists the registered rules (refresh: npx tsx generator/diff/rules-table.ts --write)', () => {
  const doc = readFileSync(DOC, 'utf8');
  expect(doc).toBe(withTable(doc));
});

it('docs/diff.md shows the same usage line as --help', () => {
  const usage = HELP.split('\n')[0]!.replace('Usage: ', '');
  expect(readFileSync(DOC, 'utf8')).toContain(usage);
});
