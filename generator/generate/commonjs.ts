/** TypeScript, ts-morph and openapi-typescript, loaded with `require` rather than `import`. */
import { createRequire } from 'node:module';
import type * as OpenApiTypescript from 'openapi-typescript';
import type * as TsMorph from 'ts-morph';
import type TypeScript from 'typescript';

/*
 * All three are CommonJS (openapi-typescript ships both). Node's `import` of a CommonJS module first
 * lexes its whole source for export names, and does so again for every ESM importer: 0.3 s for
 * TypeScript's 9 MB, paid once by our code and once by openapi-typescript's ESM build. `require`
 * skips that, and openapi-typescript's CommonJS build `require`s TypeScript in turn.
 */
const require = createRequire(import.meta.url);

export function typescript(): typeof TypeScript {
  return require('typescript') as typeof TypeScript;
}

export function tsMorph(): typeof TsMorph {
  return require('ts-morph') as typeof TsMorph;
}

export function openapiTypescript(): typeof OpenApiTypescript {
  return require('openapi-typescript') as typeof OpenApiTypescript;
}
