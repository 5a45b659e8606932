/** A generated client's options: server variables typed per spec, and auth chosen per operation from its security requirements. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePackage } from '../../generator/generate/pipeline.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir();
const out = join(dir, 'pkg');

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } } } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'Zoo', version: '1' },
  servers: [{ url: 'https://{region}.zoo.example/{stage}', variables: { region: { default: 'eu', enum: ['eu', 'us'] }, stage: { default: 'v1' } } }],
  security: [{ token: [] }],
  paths: {
    '/animals': {
      get: { operationId: 'ListAnimals', security: [{}, { token: [] }], responses: ok },
      post: { operationId: 'AddAnimal', responses: ok },
    },
    '/keepers': { post: { operationId: 'AddKeeper', security: [{ key: [], signature: [] }, { token: [] }], responses: ok } },
    '/health': { get: { operationId: 'Health', security: [], responses: ok } },
  },
  components: {
    securitySchemes: {
      token: { type: 'http', scheme: 'bearer' },
      key: { type: 'apiKey', in: 'header', name: 'X-Key' },
      signature: { type: 'apiKey', in: 'header', name: 'X-Signature' },
    },
  },
};

beforeAll(async () => {
  const file = join(dir, 'zoo.json');
  writeFileSync(file, JSON.stringify(spec));
  const files = await generatePackage({ specs: [{ file, name: 'zoo' }], package: { name: 'zoo-api', version: '0.0.0' } });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
}, 120_000);

/** tsc's diagnostics for a user's file next to the package, under the consumer project's strict flags. */
function compile(code: string): string[] {
  const file = join(out, 'user.ts');
  writeFileSync(file, code);
  const program = ts.createProgram([file], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file ? ts.getLineAndCharacterOfPosition(d.file, d.start ?? 0).line + 1 : 0}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

describe('serverVariables', () => {
  it("are the server's variables: a misspelt name or a value outside the enum does not compile", () => {
    const code = [
      `import { ZooClient, bearerToken } from './zoo/index.js';`,
      `new ZooClient({ serverVariables: { region: 'us', stage: 'v2' } });`,
      `new ZooClient({ serverVariables: {} });`,
      `// @ts-expect-error no such variable`,
      `new ZooClient({ serverVariables: { regoin: 'us' } });`,
      `// @ts-expect-error not one of the enum values`,
      `new ZooClient({ serverVariables: { region: 'ap' } });`,
      `new ZooClient({ auth: bearerToken('t') });`,
      `new ZooClient({ auth: { token: bearerToken('t'), key: bearerToken('k') } });`,
      `// @ts-expect-error no such security scheme`,
      `new ZooClient({ auth: { tokn: bearerToken('t') } });`,
    ].join('\n');
    // An unused @ts-expect-error is itself an error, so the must-not-compile lines are checked too.
    expect(compile(code)).toEqual([]);
    // And the package resolves: without the directive, the misspelling is reported by name.
    expect(compile(`import { ZooClient } from './zoo/index.js';\nnew ZooClient({ serverVariables: { regoin: 'us' } });`)).toEqual([
      expect.stringMatching(/^2: .*'regoin' does not exist/),
    ]);
  });
});

interface Call {
  path: string;
  headers: Record<string, string>;
}

/** The generated client, importing its compiled code, with a fetch that records what it is asked. */
async function client(options: Record<string, unknown>): Promise<{ calls: Call[]; api: Record<string, (input?: object) => Promise<unknown>> }> {
  const { ZooClient, bearerToken, headerToken } = (await import(pathToFileURL(join(out, 'zoo/index.js')).href)) as Record<string, (...args: unknown[]) => unknown>;
  const calls: Call[] = [];
  const fetch = (url: string | URL, init: RequestInit): Promise<Response> => {
    calls.push({ path: new URL(String(url)).pathname, headers: Object.fromEntries(new Headers(init.headers).entries()) });
    return Promise.resolve(new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } }));
  };
  const auth =
    options.auth === 'one' ? bearerToken!('T') : options.auth === 'schemes' ? { key: headerToken!('X-Key', 'K'), signature: headerToken!('X-Signature', 'S') } : options.auth;
  const Client = ZooClient as unknown as new (o: object) => Record<string, (input?: object) => Promise<unknown>>;
  return { calls, api: new Client({ ...options, auth, fetch, retry: false }) };
}

describe('auth per operation', () => {
  it("one Auth: applied where the operation's requirements name a scheme, not where they ask for none", async () => {
    const { calls, api } = await client({ auth: 'one', serverVariables: { region: 'us' } });
    await api.listAnimals!();
    await api.addAnimal!();
    await api.health!();
    expect(calls.map((c) => [c.path, c.headers.authorization])).toEqual([
      ['/v1/animals', 'Bearer T'],
      ['/v1/animals', 'Bearer T'],
      ['/v1/health', undefined],
    ]);
  });

  it('one per scheme: the first requirement the given schemes meet, all its schemes together; none where none is needed', async () => {
    const { calls, api } = await client({ auth: 'schemes' });
    await api.addKeeper!();
    await api.listAnimals!(); // optional ({}): the schemes given do not meet `token`, so it goes without
    expect(calls[0]!.headers).toMatchObject({ 'x-key': 'K', 'x-signature': 'S' });
    expect(calls[0]!.headers.authorization).toBeUndefined();
    expect(calls[1]!.headers['x-key']).toBeUndefined();
    // AddAnimal needs `token` (the document's security), which was not given: refused before sending.
    await expect(api.addAnimal!()).rejects.toThrow(/AddAnimal needs auth for token; the client's auth has key, signature/);
    expect(calls).toHaveLength(2);
  });
});
