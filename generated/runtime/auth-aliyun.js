/**
 * Alibaba Cloud V3 request signing (`ACS3-HMAC-SHA256`), byte-for-byte as the official SDK signs
 * requests to Function Compute 2021-04-06 (@alicloud/fc-open20210406 → @alicloud/openapi-client
 * `Client.doRequest` → @alicloud/openapi-util `getAuthorization`).
 */
import { checkCredential } from "./auth.js";
import { byCodeUnit, queryPairs, rfc3986, hmacSha256Hex, sha256Hex } from "./crypto.js";
/**
 * Alibaba Cloud's answers and credential headers: Function Compute's `errorCode`/`errorMessage` and
 * `x-fc-request-id`, the other APIs' `ErrorCode`/`ErrorMessage` or `Code`/`Message` with `RequestId`,
 * and STS/bearer tokens in `x-acs-*` headers.
 */
export const ALIYUN_CONVENTIONS = {
    requestIdHeaders: ["x-fc-request-id", "x-acs-request-id"],
    requestIdFields: ["RequestId"],
    errorCodeFields: [
        "errorCode",
        "ErrorCode",
        "Code"
    ],
    errorMessageFields: [
        "errorMessage",
        "ErrorMessage",
        "Message"
    ],
    secretHeaders: ["x-acs-security-token", "x-acs-bearer-token"]
};
export const ALIYUN_SIGNING_ALGORITHM = "ACS3-HMAC-SHA256";
/** `YYYY-MM-DDTHH:mm:ssZ` in UTC (`OpenApiUtil.getTimestamp`). */
export function aliyunTimestamp(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function randomNonce() {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    let out = "";
    for (const b of bytes) out += (b < 16 ? "0" : "") + b.toString(16);
    return out;
}
/** The path as sent, with the few characters the SDK re-escapes (`getAuthorization`). */
function canonicalUri(pathname) {
    return pathname.replace(/\+/g, "%20").replace(/\*/g, "%2A").replace(/%7E/g, "~");
}
/** Keys sorted, `key=` + encoded value (the SDK leaves keys as they are: `getAuthorizationQueryString`). */
function canonicalQuery(url) {
    return queryPairs(url).sort(([ka, va], [kb, vb]) => byCodeUnit(ka, kb) || byCodeUnit(va, vb)).map(([k, v]) => `${k}=${rfc3986(v)}`).join("&");
}
/** Signs `request` in place and returns the Authorization value. Exposed for tests and custom transports. */
export async function signAliyunRequest(request, options) {
    const { headers } = request;
    const version = options.version ?? request.apiVersion;
    if (!version) throw new TypeError(`aliyunAcs3: no API version for ${request.operationId}; pass { version: 'YYYY-MM-DD' }`);
    headers.set("x-acs-version", version);
    headers.set("x-acs-action", options.action ? options.action(request) : request.operationId);
    headers.set("x-acs-date", aliyunTimestamp((options.now ?? (() => new Date()))()));
    headers.set("x-acs-signature-nonce", (options.nonce ?? randomNonce)());
    // The SDK always sends JSON bodies as `application/json; charset=utf-8`, and signs that.
    if (request.body.length > 0 && headers.get("content-type")?.toLowerCase() === "application/json") headers.set("content-type", "application/json; charset=utf-8");
    const payloadHash = await sha256Hex(request.body);
    headers.set("x-acs-content-sha256", payloadHash);
    if (options.credentialsProvider) headers.set("x-acs-credentials-provider", options.credentialsProvider);
    if (options.securityToken) {
        headers.set("x-acs-accesskey-id", options.accessKeyId);
        headers.set("x-acs-security-token", options.securityToken);
    }
    headers.delete("authorization");
    // Signed: host, content-type and every x-acs-* header; values trimmed (Headers already trims them).
    const signed = new Map([["host", request.url.host]]);
    headers.forEach((value, name) => {
        if (name.startsWith("x-acs-") || name === "content-type") signed.set(name, value.trim());
    });
    const names = [...signed.keys()].sort(byCodeUnit);
    const canonicalHeaders = names.map((n) => `${n}:${signed.get(n)}\n`).join("");
    const signedHeaders = names.join(";");
    const canonicalRequest = [
        request.method.toUpperCase(),
        canonicalUri(request.url.pathname),
        canonicalQuery(request.url),
        canonicalHeaders,
        signedHeaders,
        payloadHash
    ].join("\n");
    const stringToSign = `${ALIYUN_SIGNING_ALGORITHM}\n${await sha256Hex(canonicalRequest)}`;
    const signature = await hmacSha256Hex(options.accessKeySecret, stringToSign);
    const authorization = `${ALIYUN_SIGNING_ALGORITHM} Credential=${options.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
    headers.set("Authorization", authorization);
    return authorization;
}
/**
 * Alibaba Cloud `ACS3-HMAC-SHA256` signing with an AccessKey pair (and optional STS token):
 * the `x-acs-*` headers the official SDK sends, and the Authorization header over them.
 */
export function aliyunAcs3(options) {
    const { accessKeyId, accessKeySecret, securityToken } = options;
    if (!accessKeyId || !accessKeySecret) throw new TypeError("aliyunAcs3 needs both accessKeyId and accessKeySecret");
    // Refused now, never shown: a line break would otherwise surface in a `Headers` error at the first call.
    checkCredential("aliyunAcs3: accessKeyId", accessKeyId);
    checkCredential("aliyunAcs3: accessKeySecret", accessKeySecret);
    if (securityToken) checkCredential("aliyunAcs3: securityToken", securityToken);
    const frozen = { ...options };
    return {
        async apply(request) {
            await signAliyunRequest(request, frozen);
        },
        secrets: () => securityToken ? [
            accessKeyId,
            accessKeySecret,
            securityToken
        ] : [accessKeyId, accessKeySecret]
    };
}
/** The regional Function Compute endpoint of an account, e.g. `https://123456.cn-hangzhou.fc.aliyuncs.com`. */
export function aliyunFcEndpoint(accountId, region) {
    if (!/^[A-Za-z0-9-]+$/.test(accountId)) throw new TypeError(`not an Alibaba Cloud account id: ${JSON.stringify(accountId)}`);
    if (!/^[a-z0-9-]+$/.test(region)) throw new TypeError(`not an Alibaba Cloud region id: ${JSON.stringify(region)}`);
    return `https://${accountId}.${region}.fc.aliyuncs.com`;
}
