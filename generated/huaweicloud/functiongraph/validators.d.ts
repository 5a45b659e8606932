import { type ValidationResult } from "../../runtime/validation.js";
import type { OperationValidators } from "../../runtime/http.js";
import type { Runtime, CreateFunctionRequestBody, CreateFunctionResponseBody, UpdateFunctionConfigRequestBody, UpdateFunctionConfigResponseBody, UpdateFunctionCodeRequestBody, UpdateFunctionCodeResponseBody, FuncVpc, FuncVpcResponse, MountConfig, MountConfigResponse, MountUser, MountUserResponse, FuncMount, FuncMountResponse, StrategyConfig, StrategyConfigResponse, CustomImage, FuncLogConfig, NetworkControlConfig, VpcConfig, FuncCode, Dependency, HuaweiErrorBody, CreateFunctionResponse200, CreateFunctionResponse400, CreateFunctionResponse401, CreateFunctionResponse403, CreateFunctionResponse404, CreateFunctionResponse500, CreateFunctionResponse503, UpdateFunctionConfigResponse200, UpdateFunctionConfigResponse400, UpdateFunctionConfigResponse401, UpdateFunctionConfigResponse403, UpdateFunctionConfigResponse404, UpdateFunctionConfigResponse500, UpdateFunctionCodeResponse200, UpdateFunctionCodeResponse400, UpdateFunctionCodeResponse401, UpdateFunctionCodeResponse403, UpdateFunctionCodeResponse404, UpdateFunctionCodeResponse500 } from "./types.js";
/** True when `value` is a valid {@link Runtime} (a component schema). */
export declare function isRuntime(value: unknown): value is Runtime;
/** Validates a {@link Runtime}, listing every problem with its JSON pointer and failed rule. */
export declare function validateRuntime(value: unknown): ValidationResult<Runtime>;
/** True when `value` is a valid {@link CreateFunctionRequestBody} (a component schema). */
export declare function isCreateFunctionRequestBody(value: unknown): value is CreateFunctionRequestBody;
/** Validates a {@link CreateFunctionRequestBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionRequestBody(value: unknown): ValidationResult<CreateFunctionRequestBody>;
/** True when `value` is a valid {@link CreateFunctionResponseBody} (a component schema). */
export declare function isCreateFunctionResponseBody(value: unknown): value is CreateFunctionResponseBody;
/** Validates a {@link CreateFunctionResponseBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCreateFunctionResponseBody(value: unknown): ValidationResult<CreateFunctionResponseBody>;
/** True when `value` is a valid {@link UpdateFunctionConfigRequestBody} (a component schema). */
export declare function isUpdateFunctionConfigRequestBody(value: unknown): value is UpdateFunctionConfigRequestBody;
/** Validates a {@link UpdateFunctionConfigRequestBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigRequestBody(value: unknown): ValidationResult<UpdateFunctionConfigRequestBody>;
/** True when `value` is a valid {@link UpdateFunctionConfigResponseBody} (a component schema). */
export declare function isUpdateFunctionConfigResponseBody(value: unknown): value is UpdateFunctionConfigResponseBody;
/** Validates a {@link UpdateFunctionConfigResponseBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionConfigResponseBody(value: unknown): ValidationResult<UpdateFunctionConfigResponseBody>;
/** True when `value` is a valid {@link UpdateFunctionCodeRequestBody} (a component schema). */
export declare function isUpdateFunctionCodeRequestBody(value: unknown): value is UpdateFunctionCodeRequestBody;
/** Validates a {@link UpdateFunctionCodeRequestBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeRequestBody(value: unknown): ValidationResult<UpdateFunctionCodeRequestBody>;
/** True when `value` is a valid {@link UpdateFunctionCodeResponseBody} (a component schema). */
export declare function isUpdateFunctionCodeResponseBody(value: unknown): value is UpdateFunctionCodeResponseBody;
/** Validates a {@link UpdateFunctionCodeResponseBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateUpdateFunctionCodeResponseBody(value: unknown): ValidationResult<UpdateFunctionCodeResponseBody>;
/** True when `value` is a valid {@link FuncVpc} (a component schema). */
export declare function isFuncVpc(value: unknown): value is FuncVpc;
/** Validates a {@link FuncVpc}, listing every problem with its JSON pointer and failed rule. */
export declare function validateFuncVpc(value: unknown): ValidationResult<FuncVpc>;
/** True when `value` is a valid {@link FuncVpcResponse} (a component schema). */
export declare function isFuncVpcResponse(value: unknown): value is FuncVpcResponse;
/** Validates a {@link FuncVpcResponse}, listing every problem with its JSON pointer and failed rule. */
export declare function validateFuncVpcResponse(value: unknown): ValidationResult<FuncVpcResponse>;
/** True when `value` is a valid {@link MountConfig} (a component schema). */
export declare function isMountConfig(value: unknown): value is MountConfig;
/** Validates a {@link MountConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateMountConfig(value: unknown): ValidationResult<MountConfig>;
/** True when `value` is a valid {@link MountConfigResponse} (a component schema). */
export declare function isMountConfigResponse(value: unknown): value is MountConfigResponse;
/** Validates a {@link MountConfigResponse}, listing every problem with its JSON pointer and failed rule. */
export declare function validateMountConfigResponse(value: unknown): ValidationResult<MountConfigResponse>;
/** True when `value` is a valid {@link MountUser} (a component schema). */
export declare function isMountUser(value: unknown): value is MountUser;
/** Validates a {@link MountUser}, listing every problem with its JSON pointer and failed rule. */
export declare function validateMountUser(value: unknown): ValidationResult<MountUser>;
/** True when `value` is a valid {@link MountUserResponse} (a component schema). */
export declare function isMountUserResponse(value: unknown): value is MountUserResponse;
/** Validates a {@link MountUserResponse}, listing every problem with its JSON pointer and failed rule. */
export declare function validateMountUserResponse(value: unknown): ValidationResult<MountUserResponse>;
/** True when `value` is a valid {@link FuncMount} (a component schema). */
export declare function isFuncMount(value: unknown): value is FuncMount;
/** Validates a {@link FuncMount}, listing every problem with its JSON pointer and failed rule. */
export declare function validateFuncMount(value: unknown): ValidationResult<FuncMount>;
/** True when `value` is a valid {@link FuncMountResponse} (a component schema). */
export declare function isFuncMountResponse(value: unknown): value is FuncMountResponse;
/** Validates a {@link FuncMountResponse}, listing every problem with its JSON pointer and failed rule. */
export declare function validateFuncMountResponse(value: unknown): ValidationResult<FuncMountResponse>;
/** True when `value` is a valid {@link StrategyConfig} (a component schema). */
export declare function isStrategyConfig(value: unknown): value is StrategyConfig;
/** Validates a {@link StrategyConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateStrategyConfig(value: unknown): ValidationResult<StrategyConfig>;
/** True when `value` is a valid {@link StrategyConfigResponse} (a component schema). */
export declare function isStrategyConfigResponse(value: unknown): value is StrategyConfigResponse;
/** Validates a {@link StrategyConfigResponse}, listing every problem with its JSON pointer and failed rule. */
export declare function validateStrategyConfigResponse(value: unknown): ValidationResult<StrategyConfigResponse>;
/** True when `value` is a valid {@link CustomImage} (a component schema). */
export declare function isCustomImage(value: unknown): value is CustomImage;
/** Validates a {@link CustomImage}, listing every problem with its JSON pointer and failed rule. */
export declare function validateCustomImage(value: unknown): ValidationResult<CustomImage>;
/** True when `value` is a valid {@link FuncLogConfig} (a component schema). */
export declare function isFuncLogConfig(value: unknown): value is FuncLogConfig;
/** Validates a {@link FuncLogConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateFuncLogConfig(value: unknown): ValidationResult<FuncLogConfig>;
/** True when `value` is a valid {@link NetworkControlConfig} (a component schema). */
export declare function isNetworkControlConfig(value: unknown): value is NetworkControlConfig;
/** Validates a {@link NetworkControlConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateNetworkControlConfig(value: unknown): ValidationResult<NetworkControlConfig>;
/** True when `value` is a valid {@link VpcConfig} (a component schema). */
export declare function isVpcConfig(value: unknown): value is VpcConfig;
/** Validates a {@link VpcConfig}, listing every problem with its JSON pointer and failed rule. */
export declare function validateVpcConfig(value: unknown): ValidationResult<VpcConfig>;
/** True when `value` is a valid {@link FuncCode} (a component schema). */
export declare function isFuncCode(value: unknown): value is FuncCode;
/** Validates a {@link FuncCode}, listing every problem with its JSON pointer and failed rule. */
export declare function validateFuncCode(value: unknown): ValidationResult<FuncCode>;
/** True when `value` is a valid {@link Dependency} (a component schema). */
export declare function isDependency(value: unknown): value is Dependency;
/** Validates a {@link Dependency}, listing every problem with its JSON pointer and failed rule. */
export declare function validateDependency(value: unknown): ValidationResult<Dependency>;
/** True when `value` is a valid {@link HuaweiErrorBody} (a component schema). */
export declare function isHuaweiErrorBody(value: unknown): value is HuaweiErrorBody;
/** Validates a {@link HuaweiErrorBody}, listing every problem with its JSON pointer and failed rule. */
export declare function validateHuaweiErrorBody(value: unknown): ValidationResult<HuaweiErrorBody>;
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
