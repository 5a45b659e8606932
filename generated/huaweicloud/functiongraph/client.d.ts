import { type ApiResponse, type CallOptions, type ClientOptions, type OperationValidators, type ServerTemplate } from "../../runtime/http.js";
import type { Auth } from "../../runtime/auth.js";
import type { CreateFunctionHeaders, CreateFunctionPathParams, CreateFunctionRequestBody, CreateFunctionResponse200, UpdateFunctionCodeHeaders, UpdateFunctionCodePathParams, UpdateFunctionCodeRequestBody, UpdateFunctionCodeResponse200, UpdateFunctionConfigHeaders, UpdateFunctionConfigPathParams, UpdateFunctionConfigRequestBody, UpdateFunctionConfigResponse200 } from "./types.js";
/** Input of {@link FunctionGraphClient.createFunction}. */
export interface CreateFunctionInput {
    path: CreateFunctionPathParams;
    headers?: Omit<CreateFunctionHeaders, "Content-Type"> & Partial<Pick<CreateFunctionHeaders, "Content-Type">>;
    body: CreateFunctionRequestBody;
}
/** What {@link FunctionGraphClient.createFunction} resolves to, by HTTP status. */
export type CreateFunctionResult = ApiResponse<200, CreateFunctionResponse200>;
/** Input of {@link FunctionGraphClient.updateFunctionConfig}. */
export interface UpdateFunctionConfigInput {
    path: UpdateFunctionConfigPathParams;
    headers?: Omit<UpdateFunctionConfigHeaders, "Content-Type"> & Partial<Pick<UpdateFunctionConfigHeaders, "Content-Type">>;
    body: UpdateFunctionConfigRequestBody;
}
/** What {@link FunctionGraphClient.updateFunctionConfig} resolves to, by HTTP status. */
export type UpdateFunctionConfigResult = ApiResponse<200, UpdateFunctionConfigResponse200>;
/** Input of {@link FunctionGraphClient.updateFunctionCode}. */
export interface UpdateFunctionCodeInput {
    path: UpdateFunctionCodePathParams;
    headers?: Omit<UpdateFunctionCodeHeaders, "Content-Type"> & Partial<Pick<UpdateFunctionCodeHeaders, "Content-Type">>;
    body: UpdateFunctionCodeRequestBody;
}
/** What {@link FunctionGraphClient.updateFunctionCode} resolves to, by HTTP status. */
export type UpdateFunctionCodeResult = ApiResponse<200, UpdateFunctionCodeResponse200>;
/** The spec's first server URL, with its variables at their defaults. */
export declare const defaultBaseUrl: string;
/** The spec's first server as a template, with its variables' defaults (see `serverVariables`). */
export declare const defaultServer: ServerTemplate;
/** Options of {@link FunctionGraphClient}: the runtime's `ClientOptions`, with this API's server variables and security schemes. */
export interface FunctionGraphClientOptions extends Omit<ClientOptions, "serverVariables" | "auth"> {
    /** Values for the variables of `https://functiongraph.{region}.myhuaweicloud.com` when `baseUrl` is not given (defaults: region = cn-north-4). */
    serverVariables?: {
        readonly "region"?: string;
    };
    /** One `Auth` for every operation that needs authentication, or one per security scheme by its key: each call then uses the first of its operation's requirements they meet (see each method). */
    auth?: Auth | {
        readonly "iamToken"?: Auth;
        readonly "akSk"?: Auth;
    };
    /**
     * What `validateRequests` / `validateResponses` check with: the `validators` exported beside the
     * client. Without them the client imports them on its first validating call, which works where the
     * package is installed but not inside an application bundle.
     */
    validators?: Readonly<Record<string, OperationValidators>>;
}
/**
 * Client for Huawei Cloud FunctionGraph API (v2).
 *
 * One method per operation. Non-2xx answers throw `ApiError`; see the package README.
 *
 * Authentication (the spec's security schemes), as `auth` alone or by scheme (`auth: { <scheme>: … }`):
 * - iamToken: `huaweiIamToken(…)`
 * - akSk: `huaweiAkSk(…)`
 */
export declare class FunctionGraphClient {
    #private;
    constructor(options?: FunctionGraphClientOptions);
    /**
     * Create a function
     * 
     * Creates a new function in the given project from inline code, a ZIP/JAR package, an OBS object or an SWR container image, together with its runtime, memory, timeout and optional VPC, mount, logging and network settings. Returns the stored function configuration.
     * 
     * `POST /v2/{project_id}/fgs/functions` (operationId `CreateFunction`)
     * 
     * Authentication: `iamToken`, or `akSk`.
     */
    createFunction(input: CreateFunctionInput, options?: CallOptions): Promise<CreateFunctionResult>;
    /**
     * Change a function's configuration
     * 
     * Replaces the metadata of an existing function (name, runtime, handler, memory, timeout, environment variables, agencies, VPC, mounts, image, hooks, logging and network settings) without touching its code. Returns the updated function configuration.
     * 
     * `PUT /v2/{project_id}/fgs/functions/{function_urn}/config` (operationId `UpdateFunctionConfig`)
     * 
     * Authentication: `iamToken`, or `akSk`.
     */
    updateFunctionConfig(input: UpdateFunctionConfigInput, options?: CallOptions): Promise<UpdateFunctionConfigResult>;
    /**
     * Replace a function's code
     * 
     * Uploads new code for an existing function, either inline (base64), as a ZIP/JAR package or from an OBS address, optionally with new dependency versions and a KMS key for code encryption. The image of a custom-image function is changed through UpdateFunctionConfig instead. Returns the function's code metadata.
     * 
     * `PUT /v2/{project_id}/fgs/functions/{function_urn}/code` (operationId `UpdateFunctionCode`)
     * 
     * Authentication: `iamToken`, or `akSk`.
     */
    updateFunctionCode(input: UpdateFunctionCodeInput, options?: CallOptions): Promise<UpdateFunctionCodeResult>;
}
