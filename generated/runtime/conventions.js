/**
 * Every vendor's declarations (see `VendorConventions` in ./auth.ts) merged with what HTTP APIs use
 * whatever the vendor. A vendor module adds its declaration to VENDORS; nothing else names a vendor.
 */
import { ALIYUN_CONVENTIONS } from "./auth-aliyun.js";
import { HUAWEI_CLOUD_CONVENTIONS } from "./auth-huaweicloud.js";
/** Vendor declarations in the order their names are tried, when an answer carries several. */
const VENDORS = [HUAWEI_CLOUD_CONVENTIONS, ALIYUN_CONVENTIONS];
/** Names no vendor owns, tried after every vendor's own. */
const COMMON = {
    requestIdHeaders: [
        "x-request-id",
        "x-openstack-request-id",
        "request-id"
    ],
    requestIdFields: ["requestId", "request_id"],
    errorCodeFields: ["code"],
    errorMessageFields: ["message"],
    secretHeaders: [
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key"
    ]
};
function merged(key) {
    return [...new Set([...VENDORS, COMMON].flatMap((c) => c[key] ?? []))];
}
/** What the transport, its errors and redaction use: each list in the order its names are tried. */
export const CONVENTIONS = {
    requestIdHeaders: merged("requestIdHeaders"),
    requestIdFields: merged("requestIdFields"),
    errorCodeFields: merged("errorCodeFields"),
    errorMessageFields: merged("errorMessageFields"),
    secretHeaders: merged("secretHeaders")
};
