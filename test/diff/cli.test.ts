/** `funcspec diff` end to end: arguments, the three formats, exit codes, and input errors (exit 2). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../generator/cli/main.js';
import { displayPath } from '../../generator/openapi/document.js';
import { diffDocuments } from '../../generator/diff/engine.js';
import { formatText } from '../../generator/diff/format/text.js';
import { readSpec } from '../../generator/openapi/source.js';

const spec = (extraProperty: string, required: string) => `openapi: 3.1.0
info:
  title: Things
  version: 1.0.0
paths:
  /things:
    post:
      operationId: createThing
      summary: Create a thing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Thing'
      responses:
        '201':
          description: created
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
components:
  schemas:
    Thing:
      type: object
      required: [${required}]
      properties:
        name:
          type: string${extraProperty}
`;

let dir: string;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'funcspec-diff-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true)),
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(`${a.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(`${a.join(' ')}\n`)),
  ];
  try {
    const code = await main(['diff', ...args]);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

const size = '\n        size:\n          type: integer';

describe('funcspec diff', () => {
  it('prints help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: funcspec diff BASE REVISION');
    expect(out).toContain('--fail-on LEVEL');
    expect(out).toContain('REF:PATH');
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('a.yaml')).err).toContain('expected BASE and REVISION, got 1 argument');
    expect((await run('a', 'b', '--format', 'xml')).err).toContain('--format must be one of text, markdown, json');
    expect((await run('a', 'b', '--fail-on', 'FATAL')).err).toContain('--fail-on must be ERR, WARN or INFO');
    expect((await run('a', 'b', '--colour')).code).toBe(2);
  });

  it('writes JSON with the documented fields, sorted', async () => {
    const base = file('base.yaml', spec('', 'name'));
    const rev = file('rev.yaml', spec(size, 'name, size'));
    const { code, out } = await run(base, rev, '--format', 'json');
    expect(code).toBe(0);
    const { changes } = JSON.parse(out) as { changes: Array<Record<string, unknown>> };
    expect(changes).toEqual([
      // Both documents say 1.0.0 and one change breaks clients: oasdiff's versioning policy speaks first.
      expect.objectContaining({ id: 'api-version-not-bumped', level: 'INFO', direction: 'none', operation: '', path: '', to: '1.0.0', revisionPointer: '/info/version' }),
      {
        id: 'new-required-request-property',
        level: 'ERR',
        direction: 'request',
        operation: 'POST',
        path: '/things',
        subject: 'size',
        message: "required request property 'size' added",
        mediaType: 'application/json',
        basePointer: '/components/schemas/Thing/properties',
        revisionPointer: '/components/schemas/Thing/properties/size',
      },
      expect.objectContaining({ id: 'response-required-property-added', level: 'INFO', direction: 'response', status: '201', subject: 'size' }),
    ]);
  });

  it('exits 1 only for changes at or above --fail-on', async () => {
    const base = file('base.yaml', spec('', 'name'));
    const breaking = file('breaking.yaml', spec(size, 'name, size'));
    const harmless = file('harmless.yaml', spec(size, 'name'));
    expect((await run(base, breaking, '--fail-on', 'ERR')).code).toBe(1);
    expect((await run(base, harmless, '--fail-on', 'ERR')).code).toBe(0);
    expect((await run(base, harmless, '--fail-on', 'WARN')).code).toBe(0);
    expect((await run(base, harmless, '--fail-on', 'info')).code).toBe(1);
    expect((await run(base, breaking)).code).toBe(0);
  });

  it('writes markdown grouped by operation', async () => {
    const { out } = await run(file('base.yaml', spec('', 'name')), file('rev.yaml', spec(size, 'name, size')), '--format', 'markdown');
    expect(out).toContain('**1 breaking (ERR)**, 0 possibly breaking (WARN), 2 informational (INFO).');
    expect(out).toContain('### `POST /things`\n\n| Level | Rule | Change |\n|---|---|---|\n| ERR | `new-required-request-property` |');
  });

  it('writes text with file:line:column, in colour only on a terminal without NO_COLOR', async () => {
    const base = file('base.yaml', spec('', 'name'));
    const rev = file('rev.yaml', spec(size, 'name, size'));
    const plain = await run(base, rev);
    expect(plain.out).toContain('POST /things\n  ERR   new-required-request-property');
    expect(plain.out).toContain(`${displayPath(rev)}:31:9`);
    expect(plain.out).not.toContain('\u001b[');

    const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
    const noColor = process.env.NO_COLOR;
    Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
    try {
      delete process.env.NO_COLOR;
      expect((await run(base, rev)).out).toContain('\u001b[31mERR');
      process.env.NO_COLOR = '1';
      expect((await run(base, rev)).out).not.toContain('\u001b[');
    } finally {
      if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
      else delete (process.stdout as { isTTY?: boolean }).isTTY;
      if (noColor === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = noColor;
    }
  });

  it('reports descriptions only with --include-docs', async () => {
    const base = file('base.yaml', spec('', 'name'));
    const rev = file('rev.yaml', spec('', 'name').replace('summary: Create a thing', 'summary: Create one thing'));
    expect(JSON.parse((await run(base, rev, '--format', 'json')).out)).toEqual({ changes: [] });
    expect((await run(base, rev, '--format', 'json', '--include-docs')).out).toContain('"id": "api-summary-changed"');
  });

  it('says "No changes." for identical documents', async () => {
    const base = file('base.yaml', spec('', 'name'));
    expect((await run(base, base)).out).toBe('No changes.\n');
  });
});

describe('unreadable or invalid input: exit 2 naming the file and the problem', () => {
  const good = () => file('good.yaml', spec('', 'name'));

  it('missing file', async () => {
    const { code, err } = await run(good(), join(dir, 'missing.yaml'));
    expect(code).toBe(2);
    expect(err).toContain('missing.yaml: file not found');
  });

  it('broken YAML, with line and column', async () => {
    const broken = file('broken.yaml', 'openapi: 3.1.0\ninfo: [unclosed\n');
    const { code, err } = await run(broken, good());
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.yaml:\d+:\d+: not valid YAML\/JSON/);
  });

  it('not an OpenAPI document', async () => {
    const { code, err } = await run(good(), file('other.json', '{"name": "not an api"}'));
    expect(code).toBe(2);
    expect(err).toContain('other.json:1:1: not an OpenAPI document: no `openapi` version field');
  });

  it('Swagger 2.0 and unknown OpenAPI versions', async () => {
    expect((await run(good(), file('swagger.yaml', 'swagger: "2.0"\n'))).err).toContain('swagger.yaml:1:1: Swagger 2.0 is not supported');
    expect((await run(good(), file('v4.yaml', 'openapi: 4.0.0\n'))).err).toContain('v4.yaml:1:1: OpenAPI 4.0.0 is not supported');
  });

  it('invalid per the linter, at the first problem', async () => {
    const invalid = file('invalid.yaml', spec('', 'name').replace("$ref: '#/components/schemas/Thing'", "$ref: '#/components/schemas/Missing'"));
    const { code, err } = await run(good(), invalid);
    expect(code).toBe(2);
    expect(err).toMatch(/invalid\.yaml:14:13: not a valid OpenAPI document \(1 problem\):\n {2}\[no-unresolved-refs\]/);
  });

  it('a bad git ref or path', async () => {
    const badRef = await run('no-such-ref-xyz:spec.yaml', good());
    expect(badRef.code).toBe(2);
    expect(badRef.err).toContain("no-such-ref-xyz:spec.yaml: cannot read from git (git show no-such-ref-xyz:spec.yaml): invalid object name 'no-such-ref-xyz'");
    const badPath = await run('HEAD:no/such/file.yaml', good());
    expect(badPath.code).toBe(2);
    expect(badPath.err).toContain("path 'no/such/file.yaml' does not exist in 'HEAD'");
  });
});

describe('REF:PATH inputs', () => {
  it('reads a committed version with git show', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'funcspec-diff-git-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q');
      writeFileSync(join(repo, 'api.yaml'), spec('', 'name'));
      git('add', 'api.yaml');
      git('commit', '-q', '-m', 'v1');
      writeFileSync(join(repo, 'api.yaml'), spec(size, 'name, size'));
      const [base, revision] = [await readSpec('HEAD:api.yaml', { cwd: repo }), await readSpec('api.yaml', { cwd: repo })];
      expect(base.label).toBe('HEAD:api.yaml');
      expect(diffDocuments(base.doc.data, revision.doc.data).map((c) => c.id)).toEqual([
        'api-version-not-bumped',
        'new-required-request-property',
        'response-required-property-added',
      ]);
      const text = formatText(diffDocuments(base.doc.data, revision.doc.data), { color: false, base: base.doc, revision: revision.doc });
      expect(text).toContain('api.yaml:31:9');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
