/**
 * Huawei Cloud authentication: IAM tokens (`X-Auth-Token`) and AK/SK request signing
 * (`SDK-HMAC-SHA256`), the latter byte-for-byte as the official Node SDK
 * (@huaweicloud/huaweicloud-sdk-core `AKSKSigner` and `BasicCredentials.processAuthRequest`) signs.
 */
import { checkCredential, headerToken } from "./auth.js";
import { byCodeUnit, hmacSha256Hex, queryPairs, rfc3986, sha256Hex } from "./crypto.js";
/** Huawei Cloud's answers and credential headers: `error_code`/`error_msg` bodies, `X-Request-Id`, IAM and STS tokens. */
export const HUAWEI_CLOUD_CONVENTIONS = {
    requestIdHeaders: ["x-request-id"],
    errorCodeFields: ["error_code"],
    errorMessageFields: ["error_msg"],
    secretHeaders: [
        "x-auth-token",
        "x-subject-token",
        "x-security-token"
    ]
};
/** Headers the Huawei SDK adds after signing (its HTTP layer), so they are never signed. */
const UNSIGNED = new Set([
    "accept",
    "accept-encoding",
    "authorization",
    "connection",
    "content-length",
    "expect",
    "keep-alive",
    "te",
    "transfer-encoding",
    "upgrade",
    "user-agent"
]);
export const HUAWEI_SIGNING_ALGORITHM = "SDK-HMAC-SHA256";
const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/** `YYYYMMDDTHHmmssZ` in UTC, the SDK's `X-Sdk-Date`. */
export function huaweiSdkDate(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}
/** Each path segment percent-encoded again, with a trailing '/', as `AKSKSigner.CanonicalURI` does. */
function canonicalUri(pathname) {
    const path = pathname.split("/").map(rfc3986).join("/");
    return path.endsWith("/") ? path : `${path}/`;
}
/** Keys sorted, values of a repeated key sorted, both percent-encoded (`AKSKSigner.CanonicalQueryString`). */
function canonicalQuery(url) {
    const byKey = new Map();
    for (const [k, v] of queryPairs(url)) {
        const list = byKey.get(k);
        if (list) list.push(v);
        else byKey.set(k, [v]);
    }
    const out = [];
    for (const key of [...byKey.keys()].sort(byCodeUnit)) {
        for (const value of byKey.get(key).sort(byCodeUnit)) out.push(`${rfc3986(key)}=${rfc3986(value)}`);
    }
    return out.join("&");
}
/** The SDK treats a missing content type, or exactly `application/json`, as JSON; anything else is sent unsigned. */
function isJsonContentType(headers) {
    const type = headers.get("content-type");
    return type === null || type.toLowerCase() === "application/json";
}
/** Signs `request` in place and returns the Authorization value. Exposed for tests and custom transports. */
export async function signHuaweiRequest(request, options) {
    const { headers } = request;
    if (options.securityToken) headers.set("X-Security-Token", options.securityToken);
    if (options.projectId) headers.set("X-Project-Id", options.projectId);
    if (!isJsonContentType(headers)) headers.set("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
    headers.delete("authorization");
    const date = huaweiSdkDate((options.now ?? (() => new Date()))());
    headers.set("X-Sdk-Date", date);
    // Every header the request carries is signed, plus the host the URL names (the transport sends that Host).
    const signed = new Map();
    headers.forEach((value, name) => {
        if (!UNSIGNED.has(name)) signed.set(name, value);
    });
    signed.set("host", request.url.host);
    const names = [...signed.keys()].sort(byCodeUnit);
    const canonicalHeaders = names.map((n) => `${n}:${signed.get(n)}\n`).join("");
    const signedHeaders = names.join(";");
    const declared = headers.get("x-sdk-content-sha256");
    const payloadHash = declared ?? (request.body.length === 0 ? EMPTY_BODY_SHA256 : await sha256Hex(request.body));
    const canonicalRequest = [
        request.method.toUpperCase(),
        canonicalUri(request.url.pathname),
        canonicalQuery(request.url),
        canonicalHeaders,
        signedHeaders,
        payloadHash
    ].join("\n");
    const stringToSign = [
        HUAWEI_SIGNING_ALGORITHM,
        date,
        await sha256Hex(canonicalRequest)
    ].join("\n");
    const signature = await hmacSha256Hex(options.sk, stringToSign);
    const authorization = `${HUAWEI_SIGNING_ALGORITHM} Access=${options.ak}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    headers.set("Authorization", authorization);
    return authorization;
}
/**
 * AK/SK signing for Huawei Cloud APIs (FunctionGraph and every other API gateway service):
 * `X-Sdk-Date`, optional `X-Project-Id` and `X-Security-Token`, and an `SDK-HMAC-SHA256`
 * Authorization header over method, path, query, all request headers and the body's SHA-256.
 */
export function huaweiAkSk(options) {
    const { ak, sk, securityToken, projectId } = options;
    if (!ak || !sk) throw new TypeError("huaweiAkSk needs both ak and sk");
    // Refused now, never shown: a line break would otherwise surface in a `Headers` error at the first call.
    checkCredential("huaweiAkSk: ak", ak);
    checkCredential("huaweiAkSk: sk", sk);
    if (securityToken) checkCredential("huaweiAkSk: securityToken", securityToken);
    if (projectId) checkCredential("huaweiAkSk: projectId", projectId);
    const frozen = { ...options };
    return {
        async apply(request) {
            await signHuaweiRequest(request, frozen);
        },
        secrets: () => securityToken ? [
            ak,
            sk,
            securityToken
        ] : [ak, sk]
    };
}
/** IAM token auth: the token (IAM's `X-Subject-Token`) sent as `X-Auth-Token`. */
export function huaweiIamToken(token) {
    return headerToken("X-Auth-Token", token);
}
/** The regional FunctionGraph endpoint, e.g. `https://functiongraph.cn-north-4.myhuaweicloud.com`. */
export function huaweiFunctionGraphEndpoint(region) {
    if (!/^[a-z0-9-]+$/.test(region)) throw new TypeError(`not a Huawei Cloud region id: ${JSON.stringify(region)}`);
    return `https://functiongraph.${region}.myhuaweicloud.com`;
}
