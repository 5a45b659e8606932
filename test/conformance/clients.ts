/**
 * Typed access to the generated clients. The package is imported at run time from a temporary
 * directory, but its declarations are those of generated/, so each adapter below is type-checked
 * against the generated method and input types: the documented example goes in as the operation's
 * typed body, and a renamed method or reshaped input fails `npm run typecheck`.
 */
import type * as Fg from '../../generated/huaweicloud/functiongraph/index.js';
import type * as Fc from '../../generated/aliyun/fc/index.js';

export type FunctionGraphModule = typeof Fg;
export type FunctionComputeModule = typeof Fc;
export type RuntimeModule = Pick<typeof Fg, 'ApiError' | 'ValidationFailedError' | 'headerToken'>;

/** What the suite hands an adapter: path parameters, header parameters and the body, untyped. */
export interface CallInput {
  path: Record<string, string>;
  headers: Record<string, string>;
  /** Omitted when the operation is called without a body. */
  body?: unknown;
}

export type Call = (input: CallInput, options?: Fg.CallOptions) => Promise<{ status: number; data: unknown; headers: Headers }>;

export interface ClientSet {
  /** Runtime classes of the package (ApiError, ...), for instanceof checks. */
  runtime: RuntimeModule;
  /** Validators by exported name (`validateCreateFunctionRequestBody`, ...). */
  exports: Record<string, unknown>;
  /**
   * One adapter per operationId. Options are passed through untyped: the runtime's ClientOptions
   * grow (retry, serverVariables, ...) faster than generated/ is regenerated.
   */
  calls(options: Record<string, unknown>): Record<string, Call>;
}

export function functionGraph(mod: FunctionGraphModule): ClientSet {
  return {
    runtime: mod,
    exports: mod as unknown as Record<string, unknown>,
    calls(options) {
      const client = new mod.FunctionGraphClient(options as Fg.ClientOptions);
      return {
        CreateFunction: (i, o) =>
          client.createFunction({ path: i.path as Fg.CreateFunctionPathParams, headers: i.headers as Fg.CreateFunctionHeaders, body: i.body as Fg.CreateFunctionRequestBody }, o),
        UpdateFunctionConfig: (i, o) =>
          client.updateFunctionConfig(
            { path: i.path as Fg.UpdateFunctionConfigPathParams, headers: i.headers as Fg.UpdateFunctionConfigHeaders, body: i.body as Fg.UpdateFunctionConfigRequestBody },
            o,
          ),
        UpdateFunctionCode: (i, o) =>
          client.updateFunctionCode(
            { path: i.path as Fg.UpdateFunctionCodePathParams, headers: i.headers as Fg.UpdateFunctionCodeHeaders, body: i.body as Fg.UpdateFunctionCodeRequestBody },
            o,
          ),
      };
    },
  };
}

export function functionCompute(mod: FunctionComputeModule): ClientSet {
  return {
    runtime: mod,
    exports: mod as unknown as Record<string, unknown>,
    calls(options) {
      const client = new mod.FunctionComputeClient(options as Fc.ClientOptions);
      return {
        UpdateFunction: (i, o) =>
          client.updateFunction(
            {
              path: i.path as Fc.UpdateFunctionPathParams,
              headers: i.headers as Fc.UpdateFunctionHeaders,
              ...(i.body !== undefined ? { body: i.body as Fc.UpdateFunctionRequestBody } : {}),
            },
            o,
          ),
      };
    },
  };
}

/** Adapter factories by the generated package's subpath (funcspec.config.json `name`). */
export const CLIENT_SETS: Record<string, { load: (mod: unknown) => ClientSet }> = {
  'huaweicloud/functiongraph': { load: (mod) => functionGraph(mod as FunctionGraphModule) },
  'aliyun/fc': { load: (mod) => functionCompute(mod as FunctionComputeModule) },
};
