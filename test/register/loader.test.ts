/** The register loader on fixture registers: one list from all files, every malformed entry named and located. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadErrata, registerSdkPackages } from '../../generator/register/errata.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const okRegister = await loadErrata(fixture('errata-ok'));

describe('errata register loader', () => {
  it('reads errata.yaml and the *.part.yaml files as one list; example may be one block or a list', () => {
    expect(okRegister.files.map((f) => f.replace(/.*fixtures\//, ''))).toEqual(['errata-ok/errata.yaml', 'errata-ok/errata.zz.part.yaml']);
    expect(okRegister.entries.map((e) => [e.id, e.examples.length, e.omits.length])).toEqual([
      ['t-001', 1, 0],
      ['t-002', 1, 1],
    ]);
    expect(okRegister.entries[1]?.examples[0]).toEqual({
      spec: 'demo/demo.yaml',
      operationId: 'CreateThing',
      in: 'response',
      status: '200',
      name: 'created',
      errors: [{ instancePath: '', keyword: 'required' }],
    });
    expect(okRegister.entries[0]?.line).toBe(2);
    expect([...registerSdkPackages(okRegister)]).toEqual(['@demo/sdk', 'demo-helper']); // says page, and text of t-002's decision
  });

  it('reports every malformed entry by name and line, in one error', async () => {
    const err = await loadErrata(fixture('errata-bad')).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toBeDefined();
    const msg = err!.message;
    for (const part of [
      'errata.yaml:2: b-001: pages[0] must be a quoted three-digit page id, not 900',
      'b-001: subject is required',
      'b-001: says is required',
      'b-001: why is required',
      'errata.yaml:6: b-001: unknown key "omit"',
      'b-001: example.status is required for a response example',
      'b-001: example.errors is required',
      'entry #2 (no id): id is required',
      'entry #2 (no id): says[0].page "page 900" is neither a page id nor "sdk <npm package> <symbol>"',
      'entry #2 (no id): omits[0] must be {page',
    ])
      expect(msg).toContain(part);
  });

  it('rejects an id used twice across the register and its parts, and a field waived twice', async () => {
    const err = await loadErrata(fixture('errata-dup')).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/errata\.other\.part\.yaml:1: d-001: id already used at .*errata\.yaml:1/);
    expect(err?.message).toMatch(/d-001: omit 900 表2 f is already listed by d-001/);
  });
});
