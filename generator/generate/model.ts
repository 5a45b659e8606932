/** The generator's model of one spec: what build-model.ts reads from the document, all emitters read. */
import type { LoadedDocument } from '../openapi/document.js';

/**
 * The one intermediate model every emitter reads. It holds names and JSON pointers into the source
 * document, never copies of schemas, so each emitter decides for itself how to render a schema.
 */
export interface SpecModel {
  /** Subpath of the generated package for this spec, e.g. `huaweicloud/functiongraph`. */
  name: string;
  /** Source path for messages: as given, relative to the working folder when possible. */
  file: string;
  /**
   * Source path as written into the generated files: relative to the config file's folder, or, for a
   * spec given with --spec, its file name. Never depends on the working folder (see README, generate).
   */
  origin: string;
  /** For errors that point into the source: `source.errorAt(pointer, message)`. */
  source: Pick<LoadedDocument, 'errorAt' | 'locate' | 'json'>;
  /** The OpenAPI document as parsed (3.0 or 3.1). */
  document: Record<string, unknown>;
  openapiVersion: '3.0' | '3.1';
  title: string;
  version: string;
  /** Identifier of the generated client class, e.g. `FunctiongraphClient`. */
  clientName: string;
  /** The package's runtime/ folder as imported from this spec's folder, e.g. `../../runtime`. */
  runtimeImport: string;
  servers: ServerModel[];
  securitySchemes: SecuritySchemeModel[];
  schemas: NamedSchema[];
  operations: OperationModel[];
  /** What gets a precompiled validator, one per type name: every component schema, then every JSON body with a schema. */
  validators: ValidatorModel[];
  /** Every name the spec's modules declare, each owned once (exported-names.ts). */
  exportedNames: Set<string>;
}

/** What the package is published as (funcspec.config.json `package`). */
export interface PackageInfo {
  name: string;
  version: string;
  description?: string;
}

export interface ServerModel {
  url: string;
  variables: Array<{ name: string; default: string; enum?: string[] }>;
}

export interface SecuritySchemeModel {
  key: string;
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
  /** Vendor auth module named by the spec (`x-funcspec-auth`), if any. */
  auth?: string;
  /** The runtime factory that implements the scheme; absent when a caller must write its own `Auth`. */
  factory?: AuthFactoryModel;
}

/** A call of a runtime auth factory, as the client's JSDoc and the README show it. */
export interface AuthFactoryModel {
  /** Export of the runtime, e.g. `huaweiAkSk`, `bearerToken`, `headerToken`. */
  name: string;
  /** Arguments the spec fixes (values, written as literals by each emitter), before the credential. */
  args: string[];
  /** What the caller passes last: the factory's options object, a bearer token or an API key. */
  credential: 'options' | 'token' | 'key';
}

export interface NamedSchema {
  /** Key under components.schemas. */
  key: string;
  /** Exported TypeScript name. */
  typeName: string;
  pointer: string;
  deprecated: boolean;
  /** The schema or something it contains is readOnly/writeOnly, so request and response types differ. */
  hasReadWrite: boolean;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterModel {
  name: string;
  in: ParameterLocation;
  required: boolean;
  pointer: string;
  /** JSON pointer of the parameter's schema (absent for `content`-style parameters). */
  schemaPointer?: string;
  style?: string;
  explode?: boolean;
}

export interface BodyModel {
  contentType: string;
  /** Name of the exported type (and validator) for this body. */
  typeName: string;
  schemaPointer?: string;
  /** How the client sends or reads it. */
  kind: 'json' | 'text' | 'binary' | 'form';
}

export interface ResponseModel {
  status: string;
  success: boolean;
  /** The first declared media type; absent when the response has no body. */
  body?: BodyModel;
  headers: string[];
}

export interface OperationModel {
  operationId: string;
  /** Client method name, e.g. `createFunction`. */
  methodName: string;
  /** Prefix of every exported name for this operation, e.g. `CreateFunction`. */
  typeName: string;
  method: string;
  path: string;
  pointer: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  parameters: ParameterModel[];
  requestBody?: BodyModel & { required: boolean };
  responses: ResponseModel[];
  /**
   * Alternatives of security requirements (OR), each a list of scheme keys (AND; `[]` is `{}`, none
   * needed): the operation's `security`, else the document's; absent when neither declares one.
   */
  security?: string[][];
}

export interface ValidatorModel {
  /** Exported type name the validator guards, e.g. `FuncVpc` or `CreateFunctionRequestBody`. */
  typeName: string;
  schemaPointer: string;
  /** A component schema's own validator, or a request or response body's. */
  role: 'schema' | 'request' | 'response';
  /** The operation whose body it is (bodies only). */
  operationId?: string;
  status?: string;
}

/** What validators.ts is made of: the validators, and which bodies each operation's map validates (the validator thread renders it from this much). */
export interface WrapperView extends Pick<SpecModel, 'validators' | 'origin' | 'runtimeImport'> {
  operations: ReadonlyArray<{
    operationId: string;
    requestBody?: { typeName: string } | undefined;
    responses: ReadonlyArray<{ status: string; success: boolean; body?: { typeName: string } | undefined }>;
  }>;
}

/** validators.ts as the validator thread renders it, compiled, and validators.raw.d.ts. */
export interface WrapperFiles {
  source: string;
  js: string;
  dts: string;
  rawDts: string;
}
