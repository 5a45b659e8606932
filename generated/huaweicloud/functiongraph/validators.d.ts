import { type ValidationResult } from '../../runtime/validation.js';
import type { OperationValidators } from '../../runtime/http.js';
import type { CreateFunctionRequestBody, CreateFunctionResponse200, CreateFunctionResponse400, CreateFunctionResponse401, CreateFunctionResponse403, CreateFunctionResponse404, CreateFunctionResponse500, CreateFunctionResponse503, UpdateFunctionConfigRequestBody, UpdateFunctionConfigResponse200, UpdateFunctionConfigResponse400, UpdateFunctionConfigResponse401, UpdateFunctionConfigResponse403, UpdateFunctionConfigResponse404, UpdateFunctionConfigResponse500, UpdateFunctionCodeRequestBody, UpdateFunctionCodeResponse200, UpdateFunctionCodeResponse400, UpdateFunctionCodeResponse401, UpdateFunctionCodeResponse403, UpdateFunctionCodeResponse404, UpdateFunctionCodeResponse500 } from './types.js';
/** True when `value` is a valid {@link CreateFunctionRequestBody} (request body of CreateFunction). */
export declare function isCreateFunctionRequestBody(value: unknown): value is CreateFunctionRequestBody;
/** Validates a {@link CreateFunctionRequestBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionRequestBody(value: unknown): ValidationResult<CreateFunctionRequestBody>;
/** True when `value` is a valid {@link CreateFunctionResponse200} (response body of CreateFunction, status 200). */
export declare function isCreateFunctionResponse200(value: unknown): value is CreateFunctionResponse200;
/** Validates a {@link CreateFunctionResponse200}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionResponse200(value: unknown): ValidationResult<CreateFunctionResponse200>;
/** True when `value` is a valid {@link CreateFunctionResponse400} (response body of CreateFunction, status 400). */
export declare function isCreateFunctionResponse400(value: unknown): value is CreateFunctionResponse400;
/** Validates a {@link CreateFunctionResponse400}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionResponse400(value: unknown): ValidationResult<CreateFunctionResponse400>;
/** True when `value` is a valid {@link CreateFunctionResponse401} (response body of CreateFunction, status 401). */
export declare function isCreateFunctionResponse401(value: unknown): value is CreateFunctionResponse401;
/** Validates a {@link CreateFunctionResponse401}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionResponse401(value: unknown): ValidationResult<CreateFunctionResponse401>;
/** True when `value` is a valid {@link CreateFunctionResponse403} (response body of CreateFunction, status 403). */
export declare function isCreateFunctionResponse403(value: unknown): value is CreateFunctionResponse403;
/** Validates a {@link CreateFunctionResponse403}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionResponse403(value: unknown): ValidationResult<CreateFunctionResponse403>;
/** True when `value` is a valid {@link CreateFunctionResponse404} (response body of CreateFunction, status 404). */
export declare function isCreateFunctionResponse404(value: unknown): value is CreateFunctionResponse404;
/** Validates a {@link CreateFunctionResponse404}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionResponse404(value: unknown): ValidationResult<CreateFunctionResponse404>;
/** True when `value` is a valid {@link CreateFunctionResponse500} (response body of CreateFunction, status 500). */
export declare function isCreateFunctionResponse500(value: unknown): value is CreateFunctionResponse500;
/** Validates a {@link CreateFunctionResponse500}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionResponse500(value: unknown): ValidationResult<CreateFunctionResponse500>;
/** True when `value` is a valid {@link CreateFunctionResponse503} (response body of CreateFunction, status 503). */
export declare function isCreateFunctionResponse503(value: unknown): value is CreateFunctionResponse503;
/** Validates a {@link CreateFunctionResponse503}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionResponse503(value: unknown): ValidationResult<CreateFunctionResponse503>;
/** True when `value` is a valid {@link UpdateFunctionConfigRequestBody} (request body of UpdateFunctionConfig). */
export declare function isUpdateFunctionConfigRequestBody(value: unknown): value is UpdateFunctionConfigRequestBody;
/** Validates a {@link UpdateFunctionConfigRequestBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigRequestBody(value: unknown): ValidationResult<UpdateFunctionConfigRequestBody>;
/** True when `value` is a valid {@link UpdateFunctionConfigResponse200} (response body of UpdateFunctionConfig, status 200). */
export declare function isUpdateFunctionConfigResponse200(value: unknown): value is UpdateFunctionConfigResponse200;
/** Validates a {@link UpdateFunctionConfigResponse200}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigResponse200(value: unknown): ValidationResult<UpdateFunctionConfigResponse200>;
/** True when `value` is a valid {@link UpdateFunctionConfigResponse400} (response body of UpdateFunctionConfig, status 400). */
export declare function isUpdateFunctionConfigResponse400(value: unknown): value is UpdateFunctionConfigResponse400;
/** Validates a {@link UpdateFunctionConfigResponse400}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigResponse400(value: unknown): ValidationResult<UpdateFunctionConfigResponse400>;
/** True when `value` is a valid {@link UpdateFunctionConfigResponse401} (response body of UpdateFunctionConfig, status 401). */
export declare function isUpdateFunctionConfigResponse401(value: unknown): value is UpdateFunctionConfigResponse401;
/** Validates a {@link UpdateFunctionConfigResponse401}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigResponse401(value: unknown): ValidationResult<UpdateFunctionConfigResponse401>;
/** True when `value` is a valid {@link UpdateFunctionConfigResponse403} (response body of UpdateFunctionConfig, status 403). */
export declare function isUpdateFunctionConfigResponse403(value: unknown): value is UpdateFunctionConfigResponse403;
/** Validates a {@link UpdateFunctionConfigResponse403}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigResponse403(value: unknown): ValidationResult<UpdateFunctionConfigResponse403>;
/** True when `value` is a valid {@link UpdateFunctionConfigResponse404} (response body of UpdateFunctionConfig, status 404). */
export declare function isUpdateFunctionConfigResponse404(value: unknown): value is UpdateFunctionConfigResponse404;
/** Validates a {@link UpdateFunctionConfigResponse404}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigResponse404(value: unknown): ValidationResult<UpdateFunctionConfigResponse404>;
/** True when `value` is a valid {@link UpdateFunctionConfigResponse500} (response body of UpdateFunctionConfig, status 500). */
export declare function isUpdateFunctionConfigResponse500(value: unknown): value is UpdateFunctionConfigResponse500;
/** Validates a {@link UpdateFunctionConfigResponse500}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigResponse500(value: unknown): ValidationResult<UpdateFunctionConfigResponse500>;
/** True when `value` is a valid {@link UpdateFunctionCodeRequestBody} (request body of UpdateFunctionCode). */
export declare function isUpdateFunctionCodeRequestBody(value: unknown): value is UpdateFunctionCodeRequestBody;
/** Validates a {@link UpdateFunctionCodeRequestBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeRequestBody(value: unknown): ValidationResult<UpdateFunctionCodeRequestBody>;
/** True when `value` is a valid {@link UpdateFunctionCodeResponse200} (response body of UpdateFunctionCode, status 200). */
export declare function isUpdateFunctionCodeResponse200(value: unknown): value is UpdateFunctionCodeResponse200;
/** Validates a {@link UpdateFunctionCodeResponse200}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeResponse200(value: unknown): ValidationResult<UpdateFunctionCodeResponse200>;
/** True when `value` is a valid {@link UpdateFunctionCodeResponse400} (response body of UpdateFunctionCode, status 400). */
export declare function isUpdateFunctionCodeResponse400(value: unknown): value is UpdateFunctionCodeResponse400;
/** Validates a {@link UpdateFunctionCodeResponse400}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeResponse400(value: unknown): ValidationResult<UpdateFunctionCodeResponse400>;
/** True when `value` is a valid {@link UpdateFunctionCodeResponse401} (response body of UpdateFunctionCode, status 401). */
export declare function isUpdateFunctionCodeResponse401(value: unknown): value is UpdateFunctionCodeResponse401;
/** Validates a {@link UpdateFunctionCodeResponse401}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeResponse401(value: unknown): ValidationResult<UpdateFunctionCodeResponse401>;
/** True when `value` is a valid {@link UpdateFunctionCodeResponse403} (response body of UpdateFunctionCode, status 403). */
export declare function isUpdateFunctionCodeResponse403(value: unknown): value is UpdateFunctionCodeResponse403;
/** Validates a {@link UpdateFunctionCodeResponse403}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeResponse403(value: unknown): ValidationResult<UpdateFunctionCodeResponse403>;
/** True when `value` is a valid {@link UpdateFunctionCodeResponse404} (response body of UpdateFunctionCode, status 404). */
export declare function isUpdateFunctionCodeResponse404(value: unknown): value is UpdateFunctionCodeResponse404;
/** Validates a {@link UpdateFunctionCodeResponse404}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeResponse404(value: unknown): ValidationResult<UpdateFunctionCodeResponse404>;
/** True when `value` is a valid {@link UpdateFunctionCodeResponse500} (response body of UpdateFunctionCode, status 500). */
export declare function isUpdateFunctionCodeResponse500(value: unknown): value is UpdateFunctionCodeResponse500;
/** Validates a {@link UpdateFunctionCodeResponse500}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeResponse500(value: unknown): ValidationResult<UpdateFunctionCodeResponse500>;
/** Validators by operationId, as the client uses them for `validateRequests` / `validateResponses`. */
export declare const validators: Record<string, OperationValidators>;
