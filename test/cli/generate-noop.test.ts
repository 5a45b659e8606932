/** A regeneration with nothing changed is a no-op (the marker's input hash); a spec edit or --force regenerates. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, generateIn, spec, workspace, write } from './generate-support.js';

const project = join(workspace(), 'project');
write(join(project, 'api.yaml'), spec());
const args = ['--spec', 'api.yaml', '--out', 'client'];

/** Each output file's modification time. */
function mtimes(): Record<string, number> {
  return Object.fromEntries(Object.keys(files(join(project, 'client'))).map((f) => [f, statSync(join(project, 'client', f)).mtimeMs]));
}

describe('no-op regeneration', () => {
  it('rewrites nothing when nothing changed, and regenerates on a spec edit, an edited file, or --force', async () => {
    expect((await generateIn(project, args)).code).toBe(0);
    const marker = files(join(project, 'client'))['.funcspec-output']!;
    expect(marker).toMatch(/^inputs: sha256:[0-9a-f]{64}$/m);
    const before = mtimes();

    const again = await generateIn(project, args);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/client\/ is up to date, nothing changed \(\d+ files, 1 spec\)/);
    expect(mtimes()).toEqual(before);
    expect((await generateIn(project, [...args, '--check'])).code).toBe(0);

    const forced = await generateIn(project, [...args, '--force']);
    expect(forced.stderr).toMatch(/wrote \d+ files to client\//);
    expect(mtimes()).not.toEqual(before);
    expect(files(join(project, 'client'))['.funcspec-output']).toBe(marker);

    write(join(project, 'client/README.md'), 'edited');
    expect((await generateIn(project, args)).stderr).toMatch(/wrote \d+ files/);
    expect(files(join(project, 'client'))['README.md']).not.toBe('edited');

    write(join(project, 'api.yaml'), spec({ operationId: 'FetchPet' }));
    const edited = await generateIn(project, args);
    expect(edited.stderr).toMatch(/wrote \d+ files/);
    expect(files(join(project, 'client'))['.funcspec-output']).not.toBe(marker);
    expect(Object.values(files(join(project, 'client'))).some((text) => /fetchPet|FetchPet/.test(text))).toBe(true);
  }, 120_000);
});
