/**
 * SHA-256 and HMAC-SHA256 through WebCrypto (`globalThis.crypto.subtle`), so request signing needs no
 * dependency and runs the same in Node 20+ and browsers. Plus the RFC 3986 encoding signers share.
 */
const encoder = new TextEncoder();
function subtle() {
    const s = globalThis.crypto?.subtle;
    if (!s) throw new Error("request signing needs WebCrypto (globalThis.crypto.subtle): Node 20+ or a browser in a secure context");
    return s;
}
function bytes(data) {
    if (typeof data === "string") return encoder.encode(data);
    // WebCrypto wants an ArrayBuffer-backed view; copy views of shared or offset buffers.
    return new Uint8Array(data);
}
function hex(buffer) {
    let out = "";
    for (const b of new Uint8Array(buffer)) out += (b < 16 ? "0" : "") + b.toString(16);
    return out;
}
export async function sha256Hex(data) {
    return hex(await subtle().digest("SHA-256", bytes(data)));
}
export async function hmacSha256Hex(key, data) {
    const k = await subtle().importKey("raw", bytes(key), {
        name: "HMAC",
        hash: "SHA-256"
    }, false, ["sign"]);
    return hex(await subtle().sign("HMAC", k, bytes(data)));
}
/** RFC 3986 percent-encoding: everything but `A-Z a-z 0-9 - . _ ~`, as UTF-8, upper-case hex. */
export function rfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** `decodeURIComponent` that leaves a malformed escape as it is instead of throwing. */
export function decodeComponent(value) {
    try {
        return decodeURIComponent(value);
    } catch {
        return value;
    }
}
/** The query of a URL as decoded [key, value] pairs, in order ('+' is a literal plus, as RFC 3986 has it). */
export function queryPairs(url) {
    const search = url.search.replace(/^\?/, "");
    if (search === "") return [];
    return search.split("&").filter((part) => part !== "").map((part) => {
        const eq = part.indexOf("=");
        return eq < 0 ? [decodeComponent(part), ""] : [decodeComponent(part.slice(0, eq)), decodeComponent(part.slice(eq + 1))];
    });
}
/** Plain code-unit order, the same in every locale (what `Array.prototype.sort` does without a comparator). */
export function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
