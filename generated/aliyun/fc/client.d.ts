import { type ApiResponse, type CallOptions, type ClientOptions, type ServerTemplate } from '../../runtime/http.js';
import type { UpdateFunctionHeaders, UpdateFunctionPathParams, UpdateFunctionRequestBody, UpdateFunctionResponse200 } from './types.js';
/** Input of {@link FunctionComputeClient.updateFunction}. */
export interface UpdateFunctionInput {
    path: UpdateFunctionPathParams;
    headers?: UpdateFunctionHeaders;
    body?: UpdateFunctionRequestBody;
}
/** What {@link FunctionComputeClient.updateFunction} resolves to, by HTTP status. */
export type UpdateFunctionResult = ApiResponse<200, UpdateFunctionResponse200>;
/** The spec's first server URL, with its variables at their defaults. */
export declare const defaultBaseUrl = "https://account-id.cn-hangzhou.fc.aliyuncs.com";
/** The spec's first server as a template, with its variables' defaults (see `serverVariables`). */
export declare const defaultServer: ServerTemplate;
/**
 * Client for Alibaba Cloud Function Compute API 2021-04-06 (UpdateFunction) (2021-04-06).
 *
 * One method per operation. Non-2xx answers throw `ApiError`; see the package README.
 *
 * Authentication (the spec's security schemes):
 * - acsSignature: pass `auth: aliyunAcs3(…)`
 */
export declare class FunctionComputeClient {
    #private;
    constructor(options?: ClientOptions);
    /**
     * Update a function
     *
     * Changes the configuration and, optionally, the code package of an existing function in a service. Every body field is optional. The caller needs the RAM action `fc:UpdateFunction` (access level: update).
     *
     * `PUT /2021-04-06/services/{serviceName}/functions/{functionName}` (operationId `UpdateFunction`)
     */
    updateFunction(input: UpdateFunctionInput, options?: CallOptions): Promise<UpdateFunctionResult>;
}
