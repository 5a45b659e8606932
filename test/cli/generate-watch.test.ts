/**
 * `generate --watch` in a child process: it generates, regenerates when a spec or the config changes,
 * prints an error and keeps watching when the input breaks, recovers when it is fixed, and exits 0 on Ctrl-C.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spec, startCli, workspace, write } from './generate-support.js';

const root = workspace();

/** Matches once `text` has been printed `n` times. */
const times = (text: string, n: number): RegExp => new RegExp(`(?:[^]*?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}){${n}}`);

describe('generate --watch', () => {
  it('regenerates on change, survives bad input, stops on Ctrl-C with exit 0', async () => {
    const project = join(root, 'project');
    write(join(project, '.git/HEAD'), '');
    const specFile = write(join(project, 'api.yaml'), spec());
    const config = write(join(project, 'funcspec.config.json'), JSON.stringify({ out: 'client', specs: [{ spec: 'api.yaml', subpath: 'pets' }] }));
    const child = startCli(['generate', '--watch'], project);
    try {
      await child.waitFor(/funcspec: watching for changes \(Ctrl-C to stop\)/);
      await child.waitFor(times('funcspec: wrote ', 1));
      const client = (): string => readFileSync(join(project, 'client/pets/client.js'), 'utf8');
      expect(client()).toContain('getPet(');

      // A spec edited in place.
      writeFileSync(specFile, spec({ operationId: 'FetchPet' }));
      await child.waitFor(times('funcspec: wrote ', 2));
      expect(client()).toContain('fetchPet(');

      // Broken: the error, located, and the process goes on; the output stays as it was.
      writeFileSync(specFile, 'openapi: 3.1.0\ninfo: {title: T\n');
      await child.waitFor(/funcspec generate: api\.yaml:\d+:\d+: not valid YAML\/JSON/);
      expect(child.process.exitCode).toBeNull();
      expect(client()).toContain('fetchPet(');

      // Fixed, the way editors save: a new file renamed over the old one.
      writeFileSync(join(project, 'api.yaml.tmp'), spec({ operationId: 'ReadPet' }));
      renameSync(join(project, 'api.yaml.tmp'), specFile);
      await child.waitFor(times('funcspec: wrote ', 3));
      expect(client()).toContain('readPet(');

      // The config changes: its new settings are used (and the files it now names are watched).
      writeFileSync(config, JSON.stringify({ out: 'client', specs: [{ spec: 'api.yaml', subpath: 'animals' }] }));
      await child.waitFor(times('funcspec: wrote ', 4));
      expect(readFileSync(join(project, 'client/animals/client.js'), 'utf8')).toContain('readPet(');

      // A config with an unknown key: the error, and still watching.
      writeFileSync(config, JSON.stringify({ output: 'x', specs: [{ spec: 'api.yaml' }] }));
      await child.waitFor(/funcspec generate: funcspec\.config\.json:1:2: unknown key 'output' \(did you mean 'out'\?\)/);
      expect(child.process.exitCode).toBeNull();

      child.process.kill('SIGINT');
      expect(await child.exited).toBe(0);
      expect(child.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      child.process.kill('SIGKILL');
    }
  }, 120_000);
});
