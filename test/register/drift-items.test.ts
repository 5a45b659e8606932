/** The register's `drift:` items are checked when the register is read: shape, kind and place. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadErrata } from '../../generator/register/errata.js';
import { FuncspecError } from '../../generator/errors.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function registerWith(drift: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'funcspec-register-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'errata.yaml'),
    ['- id: t-001', '  pages: ["901"]', '  subject: s', '  says: [{ page: "901", text: t }]', '  decision: d', '  why: w', '  drift:', drift].join('\n'),
  );
  return dir;
}

async function problems(drift: string): Promise<string> {
  try {
    await loadErrata(registerWith(drift));
  } catch (err) {
    if (err instanceof FuncspecError) return err.message;
    throw err;
  }
  return '';
}

describe('register drift: items', () => {
  it('reads a well-formed item', async () => {
    const reg = await loadErrata(registerWith('    - { page: "901", at: response 200 body a.b, kind: enum-value-only-in-spec, values: [x, 2] }'));
    expect(reg.entries[0]!.drift).toEqual([{ page: '901', at: 'response 200 body a.b', kind: 'enum-value-only-in-spec', values: ['x', '2'] }]);
  });

  it.each([
    ['    - { page: 901, at: request body a, kind: type }', /errata\.yaml:8: t-001: drift\[0\] must be \{page/],
    ['    - { page: "901", at: request body a, kind: retyped }', /drift\[0\]\.kind "retyped" is not a drift kind \(field-only-on-page, /],
    ['    - { page: "901", at: body a, kind: type }', /drift\[0\]\.at "body a" should read "request <path\|query\|header\|body> <field>"/],
    ['    - { page: "901", at: request body a, kind: type, value: x }', /drift\[0\] has unknown key "value"/],
    ['    - { page: "901", at: request examples, kind: example-changed, values: [] }', /drift\[0\]\.values must be a non-empty list/],
  ])('rejects %j with a located message', async (item, message) => {
    expect(await problems(item)).toMatch(message);
  });
});
