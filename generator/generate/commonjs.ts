/** TypeScript, ts-morph and openapi-typescript, loaded with `require`, sharing one TypeScript. */
import Module, { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as OpenApiTypescript from 'openapi-typescript';
import type * as TsMorph from 'ts-morph';
import type TypeScript from 'typescript';
import * as otsRefUtils from './ots-ref-utils.js';

/*
 * All three are CommonJS (openapi-typescript ships both). Node's `import` of a CommonJS module first
 * lexes its whole source for export names, and does so again for every ESM importer: 0.3 s for
 * TypeScript's 9 MB, paid once by our code and once by openapi-typescript's ESM build. `require`
 * skips that, and openapi-typescript's CommonJS build `require`s TypeScript in turn.
 */
const require = createRequire(import.meta.url);

export function tsMorph(): typeof TsMorph {
  return require('ts-morph') as typeof TsMorph;
}

/**
 * The TypeScript ts-morph bundles (its own copy: @ts-morph/common's dist/typescript.js). generate
 * parses and prints with it rather than with the `typescript` package, so that a run loads one
 * TypeScript, not two: loading one costs 0.2 s.
 */
function bundledTypescriptPath(): string {
  const common = createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common');
  return join(dirname(common), 'typescript.js');
}

export function typescript(): typeof TypeScript {
  return require(bundledTypescriptPath()) as typeof TypeScript;
}

interface Resolver {
  _resolveFilename(request: string, parent: { filename?: string | null } | undefined, ...rest: unknown[]): string;
}

/**
 * What openapi-typescript's own Redocly (1.x, beside our 2.x) is to it: only its `openapiTS` entry
 * point calls it, to parse, lint and bundle, and funcspec calls the transforms directly
 * (openapi-types.ts). Loading it cost 0.1 s of every run.
 */
const UNUSED_REDOCLY = new Proxy(
  {},
  {
    get(_target, key) {
      throw new Error(`funcspec bug: openapi-typescript used Redocly (${String(key)}), which funcspec does not load for it`);
    },
  },
);

interface Resolver {
  _resolveFilename(request: string, parent: { filename?: string | null } | undefined, ...rest: unknown[]): string;
}

/** A module only `require` can reach, at `id`, that exports `exports`. */
function standIn(id: string, exports: object): string {
  if (!require.cache[id]) {
    const stand = new Module(id);
    stand.exports = exports;
    stand.loaded = true;
    require.cache[id] = stand;
  }
  return id;
}

/**
 * openapi-typescript, given ts-morph's TypeScript (see `typescript`), no Redocly (see
 * UNUSED_REDOCLY) and funcspec's copy of the two Redocly pointer helpers it calls (ots-ref-utils.ts).
 * It only builds and prints syntax trees with TypeScript's factory and printer. While its modules
 * load (they `require` everything as they load), Node resolves their `require("typescript")` to
 * ts-morph's copy and their Redocly requests to the stand-ins; anyone else's, then and after, gets
 * what it always gets.
 */
export function openapiTypescript(): typeof OpenApiTypescript {
  const path = bundledTypescriptPath();
  const own = dirname(require.resolve('openapi-typescript/package.json')) + sep;
  const redocly = standIn(`${own}funcspec-unused-redocly`, UNUSED_REDOCLY);
  const refUtils = standIn(`${own}funcspec-ref-utils`, Object.freeze({ ...otsRefUtils }));
  const resolver = Module as unknown as Resolver;
  const resolve = resolver._resolveFilename;
  resolver._resolveFilename = function (request, parent, ...rest) {
    if (parent?.filename?.startsWith(own)) {
      if (request === 'typescript') return path;
      if (request === '@redocly/openapi-core') return redocly;
      if (request === '@redocly/openapi-core/lib/ref-utils.js') return refUtils;
    }
    return resolve.call(this, request, parent, ...rest);
  };
  try {
    return require('openapi-typescript') as typeof OpenApiTypescript;
  } finally {
    resolver._resolveFilename = resolve;
  }
}
