/** The yaml and githubactions formats (html has its browser test in test/hostile/diff-html.test.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../generator/cli/main.js';
import { escapeData, escapeProperty, formatGithubActions } from '../../generator/diff/format/githubactions.js';
import { escapeHtml, formatHtml } from '../../generator/diff/format/html.js';
import { formatJson } from '../../generator/diff/format/json.js';
import { formatYaml } from '../../generator/diff/format/yaml.js';
import type { Change } from '../../generator/diff/model.js';
import { displayPath, parseText } from '../../generator/openapi/document.js';

const spec = (name: string, required: boolean) => `openapi: 3.1.0
info:
  title: Things
  version: 2024-01-01
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                ${JSON.stringify(name)}: {type: string}${required ? `\n              required: [${JSON.stringify(name)}]` : ''}
      responses:
        '204':
          description: created
`;

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'funcspec-diff-formats-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  try {
    return { code: await main(['diff', ...args]), out: out.join('') };
  } finally {
    spy.mockRestore();
  }
}

const change = (over: Partial<Change>): Change => ({
  id: 'request-property-removed',
  level: 'WARN',
  direction: 'request',
  operation: 'POST',
  path: '/things',
  subject: 'p',
  message: 'm',
  ...over,
});

describe('--format yaml', () => {
  it('holds the same changes as json', async () => {
    const base = join(dir, 'a.yaml');
    const rev = join(dir, 'b.yaml');
    writeFileSync(base, spec('name', false));
    writeFileSync(rev, spec('name', true));
    const [yaml, json] = [await run(base, rev, '--format', 'yaml'), await run(base, rev, '--format', 'json')];
    expect(yaml.code).toBe(0);
    expect(parse(yaml.out)).toEqual(JSON.parse(json.out));
    expect(parse(yaml.out).changes[0].id).toBe('request-property-became-required');
    // Values that look like other YAML types stay strings.
    expect(parse(formatYaml([change({ from: '1.0', to: 'yes', subject: 'null' })]))).toEqual(JSON.parse(formatJson([change({ from: '1.0', to: 'yes', subject: 'null' })])));
  });
});

describe('--format githubactions', () => {
  it('escapes data and properties as the runner reads them', () => {
    expect(escapeData('100% done\r\n::error::x')).toBe('100%25 done%0D%0A::error::x');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('writes one annotation per change, level by level, with file, line and column in the working tree', async () => {
    const base = join(dir, 'a,b:c.yaml');
    const rev = join(dir, 'rev.yaml');
    writeFileSync(base, spec('name', false));
    writeFileSync(rev, spec('name', true));
    const { code, out } = await run(base, rev, '--format', 'githubactions');
    expect(code).toBe(0);
    expect(out).toBe(
      `::error file=${escapeProperty(displayPath(rev))},line=17,col=15,title=request-property-became-required (ERR)::POST /things: request property 'name' became required\n`,
    );
    // A removal points into the base, whose name has to be escaped as a property.
    const removed = await run(rev, base, '--format', 'githubactions');
    expect(removed.out).toContain(`::notice file=${escapeProperty(displayPath(base))},line=`);
    expect(removed.out).toContain('a%2Cb%3Ac.yaml');
  });

  it('cannot be made to emit a workflow command of its own by a spec', async () => {
    const hostile = 'p%0A\r\n::add-mask::x\n::error file=/etc/passwd::owned';
    const base = join(dir, 'h1.yaml');
    const rev = join(dir, 'h2.yaml');
    writeFileSync(base, spec(hostile, false));
    writeFileSync(rev, spec(hostile, true));
    const { out } = await run(base, rev, '--format', 'githubactions');
    const lines = out.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=/);
    expect(lines[0]).toContain("request property 'p%250A%0D%0A::add-mask::x%0A::error file=/etc/passwd::owned' became required");
  });

  it('levels map to error, warning and notice; without a file there is no file= or line=', () => {
    const out = formatGithubActions([change({ level: 'ERR' }), change({ level: 'WARN' }), change({ level: 'INFO', operation: '', path: '', message: 'doc-level' })]);
    expect(out.split('\n')).toEqual([
      '::error title=request-property-removed (ERR)::POST /things: m',
      '::warning title=request-property-removed (WARN)::POST /things: m',
      '::notice title=request-property-removed (INFO)::doc-level',
      '',
    ]);
  });

  it('annotates the revision when the base is not a file of the working tree (REF:PATH, URL, stdin)', () => {
    const doc = parseText(spec('name', true), 'rev.yaml');
    const c = change({ id: 'request-property-removed', from: 'x', basePointer: '/paths', revisionPointer: '/paths/~1things' });
    const out = formatGithubActions([c], { base: { label: 'HEAD:rev.yaml', doc }, revision: { label: 'rev.yaml', doc, file: 'rev.yaml' } });
    expect(out).toMatch(/^::warning file=rev.yaml,line=6,col=3,/);
  });
});

describe('--format html (unit)', () => {
  it('escapes every special character and embeds no source past the limit', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
    const doc = parseText(spec('name', true), 'rev.yaml');
    const page = formatHtml([change({ revisionPointer: '/paths' })], { base: { label: 'a', doc }, revision: { label: 'b', doc }, maxSourceLines: 5 });
    expect(page).not.toContain('id="documents"');
    expect(page).toContain('revision: line 5 <code class="pointer">/paths</code>');
    expect(formatHtml([])).toContain('<p id="no-changes">No changes.</p>');
  });
});
