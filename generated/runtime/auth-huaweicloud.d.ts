/**
 * Huawei Cloud authentication: IAM tokens (`X-Auth-Token`) and AK/SK request signing
 * (`SDK-HMAC-SHA256`), the latter byte-for-byte as the official Node SDK
 * (@huaweicloud/huaweicloud-sdk-core `AKSKSigner` and `BasicCredentials.processAuthRequest`) signs.
 */
import { type Auth, type OutgoingRequest, type VendorConventions } from "./auth.js";
export interface HuaweiAkSkOptions {
    /** Access key id: sent in the Authorization header, and still kept out of errors. */
    ak: string;
    /** Secret access key: only ever used as the HMAC key, never sent or shown. */
    sk: string;
    /** Sent as `X-Project-Id` (the SDK's `BasicCredentials.projectId`). */
    projectId?: string;
    /** Security token of temporary credentials, sent as `X-Security-Token`. */
    securityToken?: string;
    /** The clock (tests, clock-skew correction). Defaults to `new Date()`. */
    now?: () => Date;
}
/** Huawei Cloud's answers and credential headers: `error_code`/`error_msg` bodies, `X-Request-Id`, IAM and STS tokens. */
export declare const HUAWEI_CLOUD_CONVENTIONS: VendorConventions;
export declare const HUAWEI_SIGNING_ALGORITHM = "SDK-HMAC-SHA256";
/** `YYYYMMDDTHHmmssZ` in UTC, the SDK's `X-Sdk-Date`. */
export declare function huaweiSdkDate(date: Date): string;
/** Signs `request` in place and returns the Authorization value. Exposed for tests and custom transports. */
export declare function signHuaweiRequest(request: OutgoingRequest, options: HuaweiAkSkOptions): Promise<string>;
/**
 * AK/SK signing for Huawei Cloud APIs (FunctionGraph and every other API gateway service):
 * `X-Sdk-Date`, optional `X-Project-Id` and `X-Security-Token`, and an `SDK-HMAC-SHA256`
 * Authorization header over method, path, query, all request headers and the body's SHA-256.
 */
export declare function huaweiAkSk(options: HuaweiAkSkOptions): Auth;
/** IAM token auth: the token (IAM's `X-Subject-Token`) sent as `X-Auth-Token`. */
export declare function huaweiIamToken(token: string | (() => string | Promise<string>)): Auth;
/** The regional FunctionGraph endpoint, e.g. `https://functiongraph.cn-north-4.myhuaweicloud.com`. */
export declare function huaweiFunctionGraphEndpoint(region: string): string;
