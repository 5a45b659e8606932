/** Generated validators: one per component schema and body, one function per distinct schema, and nothing kept that an application does not use. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type SpecEntry } from '../../generator/generate/pipeline.js';
import { prepareValidators } from '../../generator/generate/emit-validator-code.js';
import { tempDir } from '../helpers/tmp.js';

const money = { $ref: '#/components/schemas/Money' };
const order = { $ref: '#/components/schemas/Order' };
const json = (schema: object): object => ({ content: { 'application/json': { schema } } });

/** Money is used by Order, aliased by Price, and reached through a body that is only a `$ref`. */
const SHOP = {
  openapi: '3.1.0',
  info: { title: 'Shop', version: '1.0.0' },
  servers: [{ url: 'https://shop.example' }],
  paths: {
    '/orders': {
      post: {
        operationId: 'createOrder',
        requestBody: { required: true, ...json(order) },
        responses: {
          '201': { description: 'created', ...json(order) },
          '400': { description: 'refused', ...json({ type: 'object', properties: { error: { type: 'string' } } }) },
        },
      },
    },
    '/price': { get: { operationId: 'getPrice', responses: { '200': { description: 'the price', ...json({ $ref: '#/components/schemas/Price' }) } } } },
  },
  components: {
    schemas: {
      Money: {
        type: 'object',
        required: ['amount'],
        properties: { amount: { type: 'integer', minimum: 0 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
      },
      Order: {
        type: 'object',
        required: ['id', 'total'],
        properties: { id: { type: 'string', format: 'uuid' }, total: money, note: { type: 'string', enum: ['ORDER_ONLY_MARKER'] } },
      },
      Price: money,
    },
  },
};

/** unevaluatedProperties through a `$ref`: Ajv2020 tracks evaluated properties only when a document needs it. */
const STRICT = {
  openapi: '3.1.0',
  info: { title: 'Strict', version: '1.0.0' },
  paths: { '/s': { post: { operationId: 'check', requestBody: json({ $ref: '#/components/schemas/Strict' }), responses: { '204': { description: 'ok' } } } } },
  components: {
    schemas: {
      Money: SHOP.components.schemas.Money,
      Strict: { allOf: [money], properties: { extra: { type: 'string' } }, unevaluatedProperties: false },
    },
  },
};

const dir = tempDir('funcspec-validators-');
symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');

function entry(name: string, doc: object, clientName: string): SpecEntry {
  return { file: `${name}.json`, name, clientName, input: { text: JSON.stringify(doc, null, 2), absolute: join(dir, `${name}.json`) } };
}

let files: Map<string, string>;
let shop: Record<string, (value: unknown) => unknown>;

beforeAll(async () => {
  files = await generatePackage({ specs: [entry('shop', SHOP, 'ShopClient'), entry('strict', STRICT, 'StrictClient')], package: { name: 'shop-api', version: '1.0.0' } });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  shop = (await import(pathToFileURL(join(dir, 'shop/validators.js')).href)) as typeof shop;
}, 120_000);

/** esbuild, as an application bundles it: minified, tree-shaken, one file (no code splitting). */
async function bundle(contents: string): Promise<string> {
  const result = await build({ stdin: { contents, resolveDir: dir, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

describe('validators for every component schema and body', () => {
  it('exports is…/validate… for each component, each body, and the operation map', () => {
    const wrappers = files.get('shop/validators.d.ts')!;
    for (const name of ['Money', 'Order', 'Price', 'CreateOrderRequestBody', 'CreateOrderResponse201', 'CreateOrderResponse400', 'GetPriceResponse200']) {
      expect(wrappers).toContain(`export declare function is${name}(value: unknown): value is ${name};`);
      expect(wrappers).toContain(`export declare function validate${name}(value: unknown): ValidationResult<${name}>;`);
    }
    expect(wrappers).toContain('export declare const validators: Record<string, OperationValidators>;');
  });

  it('compiles the document root without keeping its text, and every validator with its source', () => {
    const { ajv, docId } = prepareValidators(SHOP, '3.1');
    const root = (ajv as unknown as { schemas: Record<string, { validate?: { source?: unknown } }> }).schemas[docId];
    expect(root?.validate).toBeTypeOf('function');
    expect(root?.validate?.source).toBeUndefined();
    expect(ajv.getSchema(`${docId}#/components/schemas/Money`)?.source).toBeDefined();
  });

  it('compiles one function per distinct schema and exports the others as aliases of it', () => {
    const raw = files.get('shop/validators.raw.js')!;
    // Money (also Price and GetPriceResponse200), Order (also its request and 201 bodies), the inline 400 body.
    expect(raw.match(/function validate\d+\(/g)).toHaveLength(3);
    expect(raw).toMatch(/^export const Money = \/\*#__PURE__\*\/ specGuard\(validate\d+\);\nexport \{ Money as Price, Money as GetPriceResponse200 \};$/m);
    expect(raw).toMatch(/^export \{ Order as CreateOrderRequestBody, Order as CreateOrderResponse201 \};$/m);
    expect(raw.match(/specGuard\(validate\d+\)/g)).toHaveLength(3);
  });

  it('validates alike under every name, with patterns, formats and nested component references', () => {
    const good = { id: '2c4b7e0e-8d47-4f7e-9a51-6f0a8a4b9c10', total: { amount: 5, currency: 'EUR' } };
    expect(shop.isOrder!(good)).toBe(true);
    expect(shop.isCreateOrderRequestBody!(good)).toBe(true);
    expect(shop.validateOrder!({ id: 'not-a-uuid', total: { amount: -1, currency: 'eur' } })).toEqual({
      valid: false,
      issues: [
        expect.objectContaining({ path: '/id', rule: 'format' }),
        expect.objectContaining({ path: '/total/amount', rule: 'minimum' }),
        expect.objectContaining({ path: '/total/currency', rule: 'pattern' }),
      ],
    });
    for (const name of ['isMoney', 'isPrice', 'isGetPriceResponse200']) {
      expect(shop[name]!({ amount: 1 }), name).toBe(true);
      expect(shop[name]!({ amount: 1.5 }), name).toBe(false);
    }
  });

  it('tracks evaluated properties without a top-level statement when unevaluatedProperties needs it', async () => {
    const raw = files.get('strict/validators.raw.js')!;
    expect(raw).toMatch(/\.evaluated \?\?= \{/);
    expect(raw).not.toMatch(/[;}\n]validate\d+\.evaluated = /);
    // Without unevaluated* nothing is tracked at all.
    expect(files.get('shop/validators.raw.js')).not.toContain('evaluated');
    const strict = (await import(pathToFileURL(join(dir, 'strict/validators.js')).href)) as Record<string, (value: unknown) => boolean>;
    expect(strict.isStrict!({ amount: 1, extra: 'x' })).toBe(true);
    expect(strict.isStrict!({ amount: 1, other: 'x' })).toBe(false);
    expect(strict.isCheckRequestBody!({ amount: 1, other: 'x' })).toBe(false);
  });
});

describe('tree-shaking', () => {
  it('keeps one validator and what it references, not the others', async () => {
    const alone = await bundle("export { isMoney } from './shop/index.js';");
    expect(alone).not.toContain('ORDER_ONLY_MARKER');
    expect(alone).toContain('/amount');
    expect(alone).not.toContain('must be equal to one of the allowed values');
    const all = await bundle("export * from './shop/validators.js';");
    expect(all).toContain('ORDER_ONLY_MARKER');
  });

  it('keeps no validator in a client that does not validate, and the operation map in one that is given it', async () => {
    const call = (extra: string): string =>
      `import { ShopClient, validators } from './shop/index.js';\nvoid validators;\nexport const run = (body) => new ShopClient({ ${extra} }).createOrder({ body });`;
    const plain = await bundle(call(''));
    expect(plain).not.toContain('ORDER_ONLY_MARKER');
    expect(plain).not.toMatch(/must be integer|\/amount/);
    const validating = await bundle(call('validateRequests: true, validators'));
    expect(validating).toContain('ORDER_ONLY_MARKER');
  });
});

describe('the client and its validators', () => {
  const bad = { id: 'x', total: { amount: -1 } };
  const calls: string[] = [];
  const fetchSpy = (async (url: string | URL) => {
    calls.push(String(url));
    return new Response(null, { status: 204 });
  }) as typeof fetch;

  it('checks a request with the validators it is given, before any I/O', async () => {
    const client = (await import(pathToFileURL(join(dir, 'shop/index.js')).href)) as Record<string, unknown>;
    const Client = client.ShopClient as new (options: object) => { createOrder(input: object): Promise<unknown> };
    const given = new Client({ fetch: fetchSpy, validateRequests: true, validators: client.validators });
    await expect(given.createOrder({ body: bad })).rejects.toMatchObject({ name: 'ValidationFailedError', direction: 'request' });
    // Given none, it imports them itself (where the package is installed, as here).
    const imported = new Client({ fetch: fetchSpy, validateRequests: true });
    await expect(imported.createOrder({ body: bad })).rejects.toMatchObject({ name: 'ValidationFailedError', direction: 'request' });
    expect(calls).toEqual([]);
    await new Client({ fetch: fetchSpy }).createOrder({ body: bad });
    expect(calls).toEqual(['https://shop.example/orders']);
  });
});
