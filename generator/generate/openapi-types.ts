/** openapi-typescript's `paths`/`components`/`operations` for a document that has been checked already. */
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import type TS from 'typescript';
import { openapiTypescript } from './commonjs.js';
import { scanDiscriminators } from './discriminators.js';

const { resolveRef, transformSchema } = openapiTypescript();

/** The options funcspec renders with; the rest are openapi-typescript's defaults. */
const OPTIONS = {
  readWriteMarkers: true,
  // A default is what the server assumes when a client leaves the field out: it stays optional.
  defaultNonNullable: false,
  exportType: false,
  alphabetize: false,
  silent: true,
} satisfies OpenAPITSOptions;

/**
 * `openapiTS(document)` without its first half. That half parses, lints and bundles the document
 * with Redocly (a JSON copy of the whole document and a second lint: seconds on GitHub's
 * description); funcspec parses and lints it itself (openapi/lint.ts; on a large document the lint
 * may end after this runs, and an invalid document is reported as such before anything else) and
 * refuses external `$ref`s first (openapi/references.ts), so bundling a single self-contained
 * document changes nothing.
 * The context below is the one `openapiTS` builds from the same options. The statements come back
 * unprinted: generate reshapes them first, and prints them as `astToString` would (named-types.ts).
 */
export function openapiTypeNodes(document: OpenAPI3): TS.Node[] {
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: OPTIONS.alphabetize,
    arrayLength: false,
    defaultNonNullable: OPTIONS.defaultNonNullable,
    discriminators: scanDiscriminators(document),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: OPTIONS.exportType,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only openapiTS's bundling step reads the Redocly configuration; the transforms never do.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: OPTIONS.silent,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: OPTIONS.readWriteMarkers,
    resolve<T>($ref: string): T | undefined {
      return resolveRef(document, $ref, { silent: OPTIONS.silent }) as T | undefined;
    },
  };
  return transformSchema(document, ctx);
}
