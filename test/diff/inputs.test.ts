/** `funcspec diff` inputs beyond files and REF:PATH: http(s) URLs (against a loopback server), `-` for stdin, and --lenient. */
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { diffCommand } from '../../generator/cli/diff.js';
import { main } from '../../generator/cli/main.js';
import { FuncspecError } from '../../generator/errors.js';
import { readSpec } from '../../generator/openapi/source.js';

const spec = (required: string) => `openapi: 3.1.0
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
              required: [${required}]
              properties:
                name: {type: string}
                size: {type: integer}
      responses:
        '204':
          description: created
`;

let dir: string;
let server: Server;
let base: string;
const open = new Set<ServerResponse>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'funcspec-diff-inputs-'));
  server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const url = req.url ?? '';
    if (url === '/api.yaml') return void res.end(spec('name, size'));
    if (url === '/private.yaml') {
      const ok = req.headers.authorization === `Basic ${Buffer.from('user:secret').toString('base64')}`;
      return void (ok ? res.end(spec('name')) : res.writeHead(401, 'Unauthorized').end());
    }
    if (url === '/redirect') return void res.writeHead(302, { location: '/api.yaml' }).end();
    if (url === '/slow') return void res.writeHead(200, { 'content-type': 'application/yaml' }).write('openapi: 3.1.0\n'); // never ends
    if (url === '/declared-big') return void res.writeHead(200, { 'content-length': String(10_000) }).end('x'.repeat(10_000));
    if (url === '/streamed-big') {
      res.writeHead(200);
      for (let i = 0; i < 20; i++) res.write('# '.padEnd(1000, 'x') + '\n');
      return void res.end();
    }
    res.writeHead(404, 'Not Found').end('no');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of open) res.destroy();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function capture(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true)),
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(`${a.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(`${a.join(' ')}\n`)),
  ];
  try {
    return { code: await run(), out: out.join(''), err: err.join('') };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

async function rejection(p: Promise<unknown>): Promise<FuncspecError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FuncspecError);
  return err as FuncspecError;
}

describe('http(s) URLs', () => {
  it('reads a document over HTTP, following redirects, and compares it', async () => {
    const source = await readSpec(`${base}/redirect`);
    expect(source.label).toBe(`${base}/redirect`);
    expect(source.origin).toEqual({ kind: 'url', url: `${base}/redirect` });
    const { code, out } = await capture(() => main(['diff', file('base.yaml', spec('name')), `${base}/api.yaml`, '--format', 'json', '--fail-on', 'ERR']));
    expect(code).toBe(1);
    expect(JSON.parse(out).changes.map((c: { id: string }) => c.id)).toEqual(['request-property-became-required']);
  });

  it('fails with exit 2 on an HTTP error, naming the URL', async () => {
    const { code, err } = await capture(() => main(['diff', `${base}/missing.yaml`, file('base.yaml', spec('name'))]));
    expect(code).toBe(2);
    expect(err).toContain(`${base}/missing.yaml: cannot fetch: HTTP 404 Not Found`);
  });

  it('gives up after the timeout', async () => {
    const err = await rejection(readSpec(`${base}/slow`, { timeoutMs: 300 }));
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe('cannot fetch: no complete answer within 0.3 s');
  });

  it('refuses documents over the size cap, declared or streamed', async () => {
    expect((await rejection(readSpec(`${base}/declared-big`, { maxBytes: 1000 }))).message).toBe('larger than 1000 bytes: refused');
    expect((await rejection(readSpec(`${base}/streamed-big`, { maxBytes: 5000 }))).message).toBe('larger than 5000 bytes: refused');
  });

  it('sends credentials in the URL as basic authentication, keeps them out of messages, and reports an unreachable host', async () => {
    const port = (server.address() as AddressInfo).port;
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const deadPort = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const ok = await readSpec(`http://user:secret@127.0.0.1:${port}/private.yaml`);
    expect(ok.label).toBe(`http://***@127.0.0.1:${port}/private.yaml`);
    expect((await rejection(readSpec(`${base}/private.yaml`))).message).toBe('cannot fetch: HTTP 401 Unauthorized');
    const err = await rejection(readSpec(`http://user:secret@127.0.0.1:${deadPort}/api.yaml`));
    expect(err.message).toMatch(/^cannot fetch: ECONNREFUSED/);
    expect(err.file).toBe(`http://***@127.0.0.1:${deadPort}/api.yaml`);
    expect(err.format()).not.toContain('secret');
  });
});

describe('- reads standard input', () => {
  it('compares stdin with a file', async () => {
    const stdin = Readable.from([spec('name')]);
    const { code, out } = await capture(() => diffCommand(['-', file('rev.yaml', spec('name, size')), '--format', 'json'], { stdin }));
    expect(code).toBe(0);
    expect(JSON.parse(out).changes.map((c: { id: string }) => c.id)).toEqual(['request-property-became-required']);
    const source = await readSpec('-', { stdin: Readable.from([Buffer.from(spec('name'))]) });
    expect([source.label, source.origin.kind]).toEqual(['stdin', 'stdin']);
  });

  it('accepts stdin on one side only', async () => {
    const { code, err } = await capture(() => main(['diff', '-', '-']));
    expect(code).toBe(2);
    expect(err).toContain('only one of BASE and REVISION can be - (standard input)');
  });

  it('names stdin in errors and caps its size', async () => {
    const err = await rejection(readSpec('-', { stdin: Readable.from(['openapi: 3.1.0\ninfo: [\n']) }));
    expect(err.format()).toMatch(/^stdin:\d+:\d+: not valid YAML\/JSON/);
    expect((await rejection(readSpec('-', { stdin: Readable.from(['x'.repeat(100)]), maxBytes: 10 }))).message).toBe('larger than 10 bytes: refused');
  });
});

describe('--lenient', () => {
  // A response without `description` and an operation without `responses` (required in 3.0): both invalid, both compared by oasdiff.
  const faulty = (required: string): string =>
    spec(required).replace('openapi: 3.1.0', 'openapi: 3.0.3').replace('          description: created\n', '          content: {}\n') +
    '  /other:\n    get:\n      operationId: other\n';

  it('is off by default: the document is refused with exit 2', async () => {
    const { code, err } = await capture(() => main(['diff', file('a.yaml', faulty('name')), file('b.yaml', faulty('name, size'))]));
    expect(code).toBe(2);
    expect(err).toContain('not a valid OpenAPI document');
  });

  it('warns once per problem on stderr and compares what is there', async () => {
    const [a, b] = [file('a.yaml', faulty('name')), file('b.yaml', faulty('name, size'))];
    const { code, out, err } = await capture(() => main(['diff', a, b, '--lenient', '--format', 'json']));
    expect(code).toBe(0);
    expect(JSON.parse(out).changes.map((c: { id: string }) => c.id)).toEqual(['request-property-became-required']);
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(4); // two problems in each document
    for (const line of lines) expect(line).toMatch(/^\S+\.yaml:\d+:\d+: warning: \[struct\] /);
    expect(err).toContain('The field `description` must be present on this level. (/paths/~1things/post/responses/204)');
  });

  it('still refuses dangling and external references', async () => {
    const dangling = file('dangling.yaml', spec('name').replace('type: object\n', "$ref: '#/components/schemas/Missing'\n"));
    const external = file('external.yaml', spec('name').replace('type: object\n', "$ref: 'other.yaml#/Thing'\n"));
    file('other.yaml', 'Thing: {type: object}\n');
    for (const bad of [dangling, external]) {
      const { code, err } = await capture(() => main(['diff', file('good.yaml', spec('name')), bad, '--lenient']));
      expect(code, bad).toBe(2);
      expect(err).toMatch(/no-unresolved-refs|no-external-refs/);
    }
  });
});
