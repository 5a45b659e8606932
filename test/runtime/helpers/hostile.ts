/**
 * What the hostile-input tests (test/hostile/runtime-*.test.ts) share: the encodings a server or Node
 * may echo a secret in, everything of an error a log may show, and a loopback server that misbehaves
 * on the wire (streams forever, never answers, redirects) in ways the scripted one cannot.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inspect } from 'node:util';
import type { Recorded } from './server.js';

/** One way a secret may come back: what the server sends, and what must then never show in an error. */
export interface Encoding {
  name: string;
  echo(secret: string): string;
  /** The part of `echo` that the secret alone determines (all of it, but for base64 at an offset). */
  needle(secret: string): string;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** The base64 characters that depend on the secret's bytes only, when it starts `offset` bytes into the encoded data. */
function base64Core(secret: string, offset: number, alphabet: 'base64' | 'base64url'): string {
  const n = utf8(secret).length;
  const full = Buffer.concat([Buffer.alloc(offset, 0x78), utf8(secret), utf8('!')]).toString(alphabet);
  return full.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + n)) / 6));
}

const same = (encode: (s: string) => string): Pick<Encoding, 'echo' | 'needle'> => ({ echo: encode, needle: encode });

export const ENCODINGS: readonly Encoding[] = [
  { name: 'raw', ...same((s) => s) },
  { name: 'url-encoded', ...same((s) => encodeURIComponent(s)) },
  { name: 'url-encoded, lower-case hex', ...same((s) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())) },
  { name: 'url-encoded twice', ...same((s) => encodeURIComponent(encodeURIComponent(s))) },
  { name: 'JSON-escaped with \\/ (PHP)', ...same((s) => JSON.stringify(s).slice(1, -1).replace(/\//g, '\\/')) },
  { name: 'JSON pointer (~1)', ...same((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')) },
  { name: 'base64', echo: (s) => utf8(s).toString('base64'), needle: (s) => base64Core(s, 0, 'base64') },
  { name: 'base64url', echo: (s) => utf8(s).toString('base64url'), needle: (s) => base64Core(s, 0, 'base64url') },
  { name: 'base64 of "Bearer " + secret', echo: (s) => utf8(`Bearer ${s}`).toString('base64'), needle: (s) => base64Core(s, 7 % 3, 'base64') },
  { name: 'base64 of "x:" + secret (Basic)', echo: (s) => utf8(`x:${s}`).toString('base64'), needle: (s) => base64Core(s, 2, 'base64') },
];

/** Every echo of every secret, space-separated (valid in a header value). */
export function echoAll(secrets: readonly string[]): string {
  return secrets.flatMap((s) => ENCODINGS.map((e) => e.echo(s))).join(' ');
}

/** Everything a person or a log could see of an error: message, stack, String, JSON, inspect, the cause chain. */
export function renderings(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const safe = (f: () => string | undefined): string => {
    try {
      return f() ?? '';
    } catch (e) {
      return `<threw ${(e as Error).name}>`;
    }
  };
  let e: unknown = err;
  for (let depth = 0; depth < 10 && e !== undefined && e !== null; depth++) {
    const at = depth === 0 ? '' : `cause${depth}.`;
    if (typeof e === 'object') {
      const o = e as { message?: unknown; stack?: unknown; cause?: unknown };
      out[`${at}message`] = String(o.message);
      out[`${at}stack`] = String(o.stack);
      out[`${at}String`] = safe(() => String(e));
      out[`${at}JSON`] = safe(() => JSON.stringify(e));
      out[`${at}inspect`] = safe(() => inspect(e, { depth: null }));
      out[`${at}inspect hidden`] = safe(() => inspect(e, { depth: null, showHidden: true, getters: true }));
      e = o.cause;
    } else {
      out[`${at}value`] = String(e);
      e = undefined;
    }
  }
  return out;
}

export interface RawServer {
  url: string;
  origin: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/** A loopback server whose handler writes the answer itself (streams, stalls, redirects). */
export async function startRawServer(handler: (req: Recorded, res: ServerResponse, raw: IncomingMessage) => void): Promise<RawServer> {
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: Recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      handler(recorded, res, req);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Writes `chunk` again and again until the client goes away: a body that never ends. */
export function streamForever(res: ServerResponse, chunk: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': 'application/json', ...headers });
  let stopped = false;
  res.on('close', () => (stopped = true));
  const pump = (): void => {
    while (!stopped && res.write(chunk));
    if (!stopped) res.once('drain', pump);
  };
  res.write('{"items":["');
  pump();
}
