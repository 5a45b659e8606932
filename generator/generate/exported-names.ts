/**
 * The names a spec's module declares, each with exactly one owner. index.ts re-exports types,
 * validators, client and runtime with `export *`, so two owners of one name would be a compile error
 * (or, worse, one silently shadowing the other); they are refused here with a located error instead.
 */
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import type { SpecModel } from './model.js';
import { isIdentifier } from './names.js';

/** Names the generated modules declare or import themselves, whatever the spec says. */
export const FIXED_NAMES = [
  'paths',
  'components',
  'operations',
  'webhooks',
  '$defs',
  '$Read',
  '$Write',
  'Readable',
  'Writable',
  'validators',
  'defaultBaseUrl',
  'defaultServer',
  'raw',
  'issuesOf',
  'send',
];

/** TypeScript globals the generated code refers to by name: declaring one would shadow it. */
export const GLOBAL_NAMES = [
  'Error',
  'Headers',
  'Response',
  'Request',
  'Promise',
  'Record',
  'Partial',
  'Pick',
  'Omit',
  'NonNullable',
  'URL',
  'Date',
  'Map',
  'Set',
  'Array',
  'ReadonlyArray',
  'Object',
  'String',
  'Number',
  'Boolean',
  'Uint8Array',
  'Blob',
  'Symbol',
  'globalThis',
];

/** Where the client name came from, when it was configured (so a clash is reported in the config file). */
export type ClientNameSource = (message: string) => FuncspecError;

/**
 * Claim every name the spec's modules declare, in a fixed order (fixed names and the runtime, schemas,
 * operations in document order, validators, the client), and refuse the first one claimed twice at
 * the place in the spec (or config) that asked for it. Returns every claimed name: emit-types gives
 * its optional names (enum value lists) only when they are still free.
 */
export function claimExportedNames(model: SpecModel, loaded: LoadedDocument, runtimeNames: Iterable<string>, clientSource?: ClientNameSource): Set<string> {
  // An owner that names a line of the spec says it only when it clashes: locating a line in a large
  // JSON document means indexing it (a sixth of a second on GitHub's description).
  type Owner = string | (() => string);
  const text = (owner: Owner): string => (typeof owner === 'string' ? owner : owner());
  const owners = new Map<string, Owner>();
  const claim = (name: string, owner: Owner, fail: (message: string) => FuncspecError): void => {
    const first = owners.get(name);
    if (first !== undefined && first !== owner) throw fail(`${text(owner)} needs the name '${name}', which ${text(first)} already uses; rename one of them`);
    owners.set(name, owner);
  };
  const at = (ptr: string) => (message: string) => loaded.errorAt(ptr, message);
  const lineOf = (ptr: string): number => loaded.locate(ptr).line;

  for (const name of FIXED_NAMES) owners.set(name, "funcspec's generated code");
  for (const name of GLOBAL_NAMES) owners.set(name, 'a TypeScript global');
  for (const name of runtimeNames) owners.set(name, 'the runtime (re-exported by every spec module)');

  for (const s of model.schemas) {
    const owner = (): string => `schema '${s.key}' (line ${lineOf(s.pointer)})`;
    claim(s.typeName, owner, at(s.pointer));
    if (s.hasReadWrite) claim(`${s.typeName}Writable`, owner, at(s.pointer));
  }
  const schemaTypes = new Set(model.schemas.map((s) => s.typeName));
  for (const op of model.operations) {
    const owner = (): string => `operation '${op.operationId}' (line ${lineOf(op.pointer)})`;
    const fail = at(op.pointer);
    for (const suffix of ['Input', 'Result']) claim(`${op.typeName}${suffix}`, owner, fail);
    claim(`${op.methodName}Operation`, owner, fail);
    const parts = { path: 'PathParams', query: 'Query', header: 'Headers', cookie: 'Cookies' } as const;
    for (const where of new Set(op.parameters.map((p) => p.in))) claim(`${op.typeName}${parts[where]}`, owner, fail);
    const bodies = [
      ...(op.requestBody ? [{ typeName: op.requestBody.typeName, what: 'request body' }] : []),
      ...op.responses.flatMap((r) => (r.body ? [{ typeName: r.body.typeName, what: `response '${r.status}'` }] : [])),
    ];
    for (const body of bodies) {
      // A component reused as a body is declared once, by its schema.
      if (!schemaTypes.has(body.typeName)) claim(body.typeName, () => `the ${body.what} of ${owner()}`, fail);
    }
  }
  for (const v of model.validators) {
    const owner = `the validator of ${v.typeName}`;
    const op = model.operations.find((o) => o.operationId === v.operationId);
    for (const name of [`is${v.typeName}`, `validate${v.typeName}`]) claim(name, owner, at(op?.pointer ?? v.schemaPointer));
  }

  const clientFail = clientSource ?? ((message: string) => new FuncspecError(`${message} (set the spec's \`client\` in the config)`, { file: loaded.file }));
  if (!isIdentifier(model.clientName)) throw clientFail(`client name '${model.clientName}' is not a TypeScript identifier`);
  claim(model.clientName, `the client class '${model.clientName}'`, clientFail);
  claim(`${model.clientName}Options`, `the options of the client class '${model.clientName}'`, clientFail);
  return new Set(owners.keys());
}
