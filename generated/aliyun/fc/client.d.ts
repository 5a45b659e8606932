import { type ApiResponse, type CallOptions, type ClientOptions, type OperationValidators, type ServerTemplate } from "../../runtime/http.js";
import type { Auth } from "../../runtime/auth.js";
import type { UpdateFunctionHeaders, UpdateFunctionPathParams, UpdateFunctionRequestBody, UpdateFunctionResponse200 } from "./types.js";
/** Input of {@link FunctionComputeClient.updateFunction}. */
export interface UpdateFunctionInput {
    path: UpdateFunctionPathParams;
    headers?: UpdateFunctionHeaders;
    body?: UpdateFunctionRequestBody;
}
/** What {@link FunctionComputeClient.updateFunction} resolves to, by HTTP status. */
export type UpdateFunctionResult = ApiResponse<200, UpdateFunctionResponse200>;
/** The spec's first server URL, with its variables at their defaults. */
export declare const defaultBaseUrl: string;
/** The spec's first server as a template, with its variables' defaults (see `serverVariables`). */
export declare const defaultServer: ServerTemplate;
/** Options of {@link FunctionComputeClient}: the runtime's `ClientOptions`, with this API's server variables and security schemes. */
export interface FunctionComputeClientOptions extends Omit<ClientOptions, "serverVariables" | "auth"> {
    /** Values for the variables of `https://{accountId}.{region}.fc.aliyuncs.com` when `baseUrl` is not given (defaults: accountId = account-id, region = cn-hangzhou). */
    serverVariables?: {
        readonly "accountId"?: string;
        readonly "region"?: string;
    };
    /** One `Auth` for every operation that needs authentication, or one per security scheme by its key: each call then uses the first of its operation's requirements they meet (see each method). */
    auth?: Auth | {
        readonly "acsSignature"?: Auth;
    };
    /**
     * What `validateRequests` / `validateResponses` check with: the `validators` exported beside the
     * client. Without them the client imports them on its first validating call, which works where the
     * package is installed but not inside an application bundle.
     */
    validators?: Readonly<Record<string, OperationValidators>>;
}
/**
 * Client for Alibaba Cloud Function Compute API 2021-04-06 (UpdateFunction) (2021-04-06).
 *
 * One method per operation. Non-2xx answers throw `ApiError`; see the package README.
 *
 * Authentication (the spec's security schemes), as `auth` alone or by scheme (`auth: { <scheme>: … }`):
 * - acsSignature: `aliyunAcs3(…)`
 */
export declare class FunctionComputeClient {
    #private;
    constructor(options?: FunctionComputeClientOptions);
    /**
     * Update a function
     * 
     * Changes the configuration and, optionally, the code package of an existing function in a service. Every body field is optional. The caller needs the RAM action `fc:UpdateFunction` (access level: update).
     * 
     * `PUT /2021-04-06/services/{serviceName}/functions/{functionName}` (operationId `UpdateFunction`)
     * 
     * Authentication: `acsSignature`.
     */
    updateFunction(input: UpdateFunctionInput, options?: CallOptions): Promise<UpdateFunctionResult>;
}
