/** `funcspec drift` end to end: arguments, exit codes 0/1/2, the JSON output, and `--draft`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { loadErrata } from '../../generator/register/errata.js';
import { parseText } from '../../generator/openapi/document.js';
import { unexplained } from '../../generator/drift/model.js';
import { runDrift } from '../../generator/drift/run.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string): string => join(FIXTURES, name);
const REGISTER = ['--errata', fixture('register')];

const dir = tempDir('funcspec-drift-');
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCli(['drift', ...args]);
  return { code, out: stdout, err: stderr };
}

/** Every string-valued `description` other than the TODO placeholder (a property may be called `description`). */
function proseIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(proseIn);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === 'description' && typeof v === 'string' && v !== 'TODO' ? [v] : k === 'examples' ? [] : proseIn(v)));
}

const widget = readFileSync(fixture('widget-zh-stacked.txt'), 'utf8');
const spec = ['--spec', fixture('widget.yaml')];

describe('funcspec drift', () => {
  it('prints help, and rejects bad usage with exit 2', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: funcspec drift --doc PAGE.txt');
    expect(help.out).toContain('--draft');
    expect((await run()).err).toContain('--doc PAGE is required');
    expect((await run('--doc', 'x.txt', '--format', 'xml')).err).toContain('--format must be text or json');
    expect((await run('--doc', 'x.txt', '--colour')).code).toBe(2);
    const missing = await run('--doc', join(dir, 'nope.txt'), ...spec);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.txt: file not found');
  });

  it('exits 0 on a clean page and 1 on unexplained drift, listing table, line and spec pointer', async () => {
    expect((await run('--doc', fixture('widget-zh-stacked.txt'), ...spec, ...REGISTER)).code).toBe(0);
    const edited = file('widget.txt', widget.replace('范围1~100个。', '范围1~200个。'));
    const { code, out } = await run('--doc', edited, ...spec, ...REGISTER);
    expect(code).toBe(1);
    expect(out).toContain('Unexplained drift (1):');
    expect(out).toContain('maximum  request body size');
    expect(out).toContain('the page states maximum 200 ("范围1~200"), the spec 100');
    expect(out).toMatch(/page: 表3, line \d+; spec: \S*widget\.yaml#\/components\/schemas\/UpdateWidgetRequestBody\/properties\/size\/maximum/);
  });

  it('writes the documented JSON', async () => {
    const edited = file('widget.txt', widget.replace('  • blue', '  • blue\n  • purple'));
    const { code, out } = await run('--doc', edited, ...spec, ...REGISTER, '--format', 'json');
    expect(code).toBe(1);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['page', 'spec', 'summary', 'drift', 'stale', 'unattached']);
    expect(json.page).toEqual({ file: expect.stringContaining('widget.txt'), id: '901', method: 'PUT', path: '/v1/{project_id}/widgets/{widget_id}' });
    expect(json.spec).toEqual({ file: expect.stringContaining('widget.yaml'), operationId: 'UpdateWidget', pointer: '/paths/~1v1~1{project_id}~1widgets~1{widget_id}/put' });
    expect(json.summary).toEqual({ unexplained: 1, explained: 0, stale: 0 });
    expect(json.drift).toEqual([
      {
        at: 'request body color',
        direction: 'request',
        part: 'body',
        kind: 'enum-value-only-on-page',
        field: 'color',
        value: 'purple',
        page: { table: '表3', line: expect.any(Number), says: 'purple' },
        spec: { pointer: '/components/schemas/UpdateWidgetRequestBody/properties/color/enum' },
        message: 'the page lists "purple"; the spec\'s enum does not',
      },
    ]);
  });

  it('finds the operation by method and path among the given specs, and says so when none matches', async () => {
    const both = ['--spec', fixture('gadget.yaml'), '--spec', fixture('widget.yaml')];
    expect((await run('--doc', fixture('widget-en-stacked.txt'), ...both, ...REGISTER)).code).toBe(0);
    const other = file('other.txt', widget.replace('PUT /v1/{project_id}/widgets/{widget_id}', 'DELETE /v1/{project_id}/widgets/{widget_id}'));
    const { code, err } = await run('--doc', other, ...spec, ...REGISTER);
    expect(code).toBe(2);
    expect(err).toContain('an operation DELETE /v1/{project_id}/widgets/{widget_id} is not in');
    expect((await run('--doc', other, ...spec, ...REGISTER, '--operation', 'UpdateWidget')).code).toBe(0);
  });

  it('without a register explains nothing, and says so; a named register must exist', async () => {
    const edited = file('widget.txt', widget.replace('范围1~100个。', '范围1~200个。'));
    const { code, err } = await run('--doc', edited, ...spec);
    expect(code).toBe(1);
    expect(err).toContain('no errata register in');
    const named = await run('--doc', edited, ...spec, '--errata', dir);
    expect(named.code).toBe(2);
    expect(named.err).toContain('no errata register (errata.yaml) in');
  });

  it('exits 2 naming the line when the page cannot be parsed', async () => {
    const piped = readFileSync(fixture('widget-zh-piped.txt'), 'utf8');
    const broken = file('broken.txt', piped.replace('挂件是否处于启用状态。 |\n', ''));
    const bad = await run('--doc', broken, ...spec, ...REGISTER);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/broken\.txt:\d+:1: cannot parse the page: \d+ cells do not fill rows of 4/);
    const prose = file('prose.txt', 'Release notes\n\nNothing to see here.\n');
    const none = await run('--doc', prose, ...spec, ...REGISTER);
    expect(none.code).toBe(2);
    expect(none.err).toContain('prose.txt: no "METHOD /path" line found');
    expect((await run('--doc', prose, '--draft')).code).toBe(2);
  });

  it('--draft prints an OpenAPI fragment that drift-checks clean against the page it came from', async () => {
    const register = await loadErrata(fixture('register'));
    for (const [name, id] of [
      ['widget-zh-stacked.txt', '901'],
      ['widget-zh-piped.txt', '901'],
      ['widget-en-stacked.txt', '901'],
      ['gadget-en-piped.txt', '902'],
    ] as const) {
      const text = readFileSync(fixture(name), 'utf8');
      const path = file(`${id}_${name}`, text);
      const { code, out } = await run('--doc', path, '--draft');
      expect(code).toBe(0);
      const fragment = parse(out) as Record<string, unknown>;
      expect(proseIn(fragment), 'vendor prose stays out of the draft').toEqual([]);
      const doc = parseText(JSON.stringify({ openapi: '3.1.0', info: { title: 'draft', version: '0' }, ...fragment }), `${name}.draft.json`);
      const report = runDrift({ file: path, text, specs: [doc], register });
      expect(unexplained(report), `${name}: ${JSON.stringify(unexplained(report), null, 1)}`).toEqual([]);
    }
  });
});
