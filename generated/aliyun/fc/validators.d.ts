import { type ValidationResult } from '../../runtime/validation.js';
import type { OperationValidators } from '../../runtime/http.js';
import type { UpdateFunctionRequestBody, UpdateFunctionResponse200, UpdateFunctionResponse4xx, UpdateFunctionResponse5xx } from './types.js';
/** True when `value` is a valid {@link UpdateFunctionRequestBody} (request body of UpdateFunction). */
export declare function isUpdateFunctionRequestBody(value: unknown): value is UpdateFunctionRequestBody;
/** Validates a {@link UpdateFunctionRequestBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionRequestBody(value: unknown): ValidationResult<UpdateFunctionRequestBody>;
/** True when `value` is a valid {@link UpdateFunctionResponse200} (response body of UpdateFunction, status 200). */
export declare function isUpdateFunctionResponse200(value: unknown): value is UpdateFunctionResponse200;
/** Validates a {@link UpdateFunctionResponse200}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionResponse200(value: unknown): ValidationResult<UpdateFunctionResponse200>;
/** True when `value` is a valid {@link UpdateFunctionResponse4xx} (response body of UpdateFunction, status 4XX). */
export declare function isUpdateFunctionResponse4xx(value: unknown): value is UpdateFunctionResponse4xx;
/** Validates a {@link UpdateFunctionResponse4xx}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionResponse4xx(value: unknown): ValidationResult<UpdateFunctionResponse4xx>;
/** True when `value` is a valid {@link UpdateFunctionResponse5xx} (response body of UpdateFunction, status 5XX). */
export declare function isUpdateFunctionResponse5xx(value: unknown): value is UpdateFunctionResponse5xx;
/** Validates a {@link UpdateFunctionResponse5xx}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionResponse5xx(value: unknown): ValidationResult<UpdateFunctionResponse5xx>;
/** Validators by operationId, as the client uses them for `validateRequests` / `validateResponses`. */
export declare const validators: Record<string, OperationValidators>;
