/**
 * A real HTTP server on loopback (127.0.0.1, port 0) that records every request and answers from a
 * script: one reply per request, in order, the last one repeated.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach } from 'vitest';

export interface Recorded {
  method: string;
  /** Path and query exactly as they arrived on the wire. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  /** Wait this long before answering (timeout tests). */
  delayMs?: number;
  /** Drop the connection without answering (network-error tests). */
  destroy?: boolean;
}

export type Replier = Reply | ((req: Recorded, index: number) => Reply);

export interface TestServer {
  url: string;
  host: string;
  requests: Recorded[];
  /** Sets the replies for the next requests (and clears what was recorded). */
  reply(...replies: Replier[]): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const requests: Recorded[] = [];
  let script: Replier[] = [{ status: 200, body: {} }];
  const sockets = new Set<Socket>();
  const pending = new Set<NodeJS.Timeout>();

  const answer = (res: ServerResponse, reply: Reply): void => {
    if (reply.destroy) {
      res.socket?.destroy();
      return;
    }
    const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    const headers: Record<string, string> = { ...(reply.body !== undefined && typeof reply.body !== 'string' ? { 'content-type': 'application/json' } : {}), ...reply.headers };
    res.writeHead(reply.status ?? 200, headers);
    res.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: Recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const index = requests.length;
      requests.push(recorded);
      const step = script[Math.min(index, script.length - 1)]!;
      const reply = typeof step === 'function' ? step(recorded, index) : step;
      if (reply.delayMs) {
        const t = setTimeout(() => {
          pending.delete(t);
          if (!res.destroyed) answer(res, reply);
        }, reply.delayMs);
        pending.add(t);
      } else answer(res, reply);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const handle: TestServer = {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    reply(...replies) {
      script = replies.length > 0 ? replies : [{ status: 200, body: {} }];
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of pending) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return handle;
}

/** A server for the whole test file, its script reset after each test. */
export function useServer(): Promise<TestServer> {
  const started = startServer();
  afterEach(async () => (await started).reply());
  afterAll(async () => (await started).close());
  return started;
}

/** A port on loopback that nothing listens on (connection refused). */
export async function closedPortUrl(): Promise<string> {
  const s = await startServer();
  const url = s.url;
  await s.close();
  return url;
}
