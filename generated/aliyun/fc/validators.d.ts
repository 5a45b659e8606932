import { type ValidationResult } from "../../runtime/validation.js";
import type { OperationValidators } from "../../runtime/http.js";
import type { UpdateFunctionRequestBody, UpdateFunctionResponseBody, Code, CustomContainerConfig, InstanceLifecycleConfig, LifecycleHook, CustomDNS, DNSOption, CustomRuntimeConfig, CustomHealthCheckConfig, FcErrorBody, UpdateFunctionResponse200, UpdateFunctionResponse4xx, UpdateFunctionResponse5xx } from "./types.js";
/** True when `value` is a valid {@link UpdateFunctionRequestBody} (a component schema). */
export declare function isUpdateFunctionRequestBody(value: unknown): value is UpdateFunctionRequestBody;
/** Validates a {@link UpdateFunctionRequestBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionRequestBody(value: unknown): ValidationResult<UpdateFunctionRequestBody>;
/** True when `value` is a valid {@link UpdateFunctionResponseBody} (a component schema). */
export declare function isUpdateFunctionResponseBody(value: unknown): value is UpdateFunctionResponseBody;
/** Validates a {@link UpdateFunctionResponseBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionResponseBody(value: unknown): ValidationResult<UpdateFunctionResponseBody>;
/** True when `value` is a valid {@link Code} (a component schema). */
export declare function isCode(value: unknown): value is Code;
/** Validates a {@link Code}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCode(value: unknown): ValidationResult<Code>;
/** True when `value` is a valid {@link CustomContainerConfig} (a component schema). */
export declare function isCustomContainerConfig(value: unknown): value is CustomContainerConfig;
/** Validates a {@link CustomContainerConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCustomContainerConfig(value: unknown): ValidationResult<CustomContainerConfig>;
/** True when `value` is a valid {@link InstanceLifecycleConfig} (a component schema). */
export declare function isInstanceLifecycleConfig(value: unknown): value is InstanceLifecycleConfig;
/** Validates a {@link InstanceLifecycleConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateInstanceLifecycleConfig(value: unknown): ValidationResult<InstanceLifecycleConfig>;
/** True when `value` is a valid {@link LifecycleHook} (a component schema). */
export declare function isLifecycleHook(value: unknown): value is LifecycleHook;
/** Validates a {@link LifecycleHook}, listing every problem with its JSON pointer and failed rule. */
export declare function validateLifecycleHook(value: unknown): ValidationResult<LifecycleHook>;
/** True when `value` is a valid {@link CustomDNS} (a component schema). */
export declare function isCustomDNS(value: unknown): value is CustomDNS;
/** Validates a {@link CustomDNS}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCustomDNS(value: unknown): ValidationResult<CustomDNS>;
/** True when `value` is a valid {@link DNSOption} (a component schema). */
export declare function isDNSOption(value: unknown): value is DNSOption;
/** Validates a {@link DNSOption}, listing every problem with its JSON pointer and failed rule. */
export declare function validateDNSOption(value: unknown): ValidationResult<DNSOption>;
/** True when `value` is a valid {@link CustomRuntimeConfig} (a component schema). */
export declare function isCustomRuntimeConfig(value: unknown): value is CustomRuntimeConfig;
/** Validates a {@link CustomRuntimeConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCustomRuntimeConfig(value: unknown): ValidationResult<CustomRuntimeConfig>;
/** True when `value` is a valid {@link CustomHealthCheckConfig} (a component schema). */
export declare function isCustomHealthCheckConfig(value: unknown): value is CustomHealthCheckConfig;
/** Validates a {@link CustomHealthCheckConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCustomHealthCheckConfig(value: unknown): ValidationResult<CustomHealthCheckConfig>;
/** True when `value` is a valid {@link FcErrorBody} (a component schema). */
export declare function isFcErrorBody(value: unknown): value is FcErrorBody;
/** Validates a {@link FcErrorBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateFcErrorBody(value: unknown): ValidationResult<FcErrorBody>;
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
