/**
 * Alibaba Cloud V3 request signing (`ACS3-HMAC-SHA256`), byte-for-byte as the official SDK signs
 * requests to Function Compute 2021-04-06 (@alicloud/fc-open20210406 → @alicloud/openapi-client
 * `Client.doRequest` → @alicloud/openapi-util `getAuthorization`).
 */
import { type Auth, type OutgoingRequest, type VendorConventions } from "./auth.js";
export interface AliyunAcs3Options {
    accessKeyId: string;
    /** Only ever used as the HMAC key, never sent or shown. */
    accessKeySecret: string;
    /** STS token of temporary credentials: sent as `x-acs-security-token`, with `x-acs-accesskey-id`. */
    securityToken?: string;
    /** The clock (tests, clock-skew correction). Defaults to `new Date()`. */
    now?: () => Date;
    /** `x-acs-signature-nonce`, unique per request. Defaults to 32 random hex digits. */
    nonce?: () => string;
    /**
     * `x-acs-version`. Defaults to the API version the generated client passes (the spec's
     * `info.version`, e.g. `2021-04-06`).
     */
    version?: string;
    /** `x-acs-action`. Defaults to the operationId, which the FC specs keep equal to the API's action name. */
    action?: (request: OutgoingRequest) => string;
    /**
     * Sent (and signed) as `x-acs-credentials-provider`, as the official SDK does with its own credential
     * providers (`static_ak`, `static_sts`, ...). Not sent unless given.
     */
    credentialsProvider?: string;
}
/**
 * Alibaba Cloud's answers and credential headers: Function Compute's `errorCode`/`errorMessage` and
 * `x-fc-request-id`, the other APIs' `ErrorCode`/`ErrorMessage` or `Code`/`Message` with `RequestId`,
 * and STS/bearer tokens in `x-acs-*` headers.
 */
export declare const ALIYUN_CONVENTIONS: VendorConventions;
export declare const ALIYUN_SIGNING_ALGORITHM = "ACS3-HMAC-SHA256";
/** `YYYY-MM-DDTHH:mm:ssZ` in UTC (`OpenApiUtil.getTimestamp`). */
export declare function aliyunTimestamp(date: Date): string;
/** Signs `request` in place and returns the Authorization value. Exposed for tests and custom transports. */
export declare function signAliyunRequest(request: OutgoingRequest, options: AliyunAcs3Options): Promise<string>;
/**
 * Alibaba Cloud `ACS3-HMAC-SHA256` signing with an AccessKey pair (and optional STS token):
 * the `x-acs-*` headers the official SDK sends, and the Authorization header over them.
 */
export declare function aliyunAcs3(options: AliyunAcs3Options): Auth;
/** The regional Function Compute endpoint of an account, e.g. `https://123456.cn-hangzhou.fc.aliyuncs.com`. */
export declare function aliyunFcEndpoint(accountId: string, region: string): string;
