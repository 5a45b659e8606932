/**
 * Reading an answer's body: never more than a cap, counted while it streams in (a server that never
 * stops sending costs at most the cap), then JSON when the answer says so (or, without a content
 * type, looks like it).
 */
/** The body's bytes, or `undefined` when it is longer than `maxBytes` (reading stopped there, the connection closed). */
export async function readCapped(response, maxBytes) {
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes) {
        discard(response);
        return undefined;
    }
    const stream = response.body;
    if (!stream || typeof stream.getReader !== "function") {
        // A custom fetch's hand-made answer without a stream: it is in memory already.
        const all = typeof response.arrayBuffer === "function" ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array(0);
        return all.byteLength > maxBytes ? undefined : all;
    }
    const reader = stream.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) {
            reader.cancel().catch(() => {});
            return undefined;
        }
        chunks.push(value);
    }
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
    }
    return out;
}
/** Drops a body not to be read (a redirect's, one over the cap), closing its connection. */
export function discard(response) {
    const stream = response.body;
    if (stream && typeof stream.cancel === "function") stream.cancel().catch(() => {});
}
/**
 * The body as a value: `undefined` when empty, parsed JSON when the content type says JSON or (no
 * content type) the text starts like JSON, else the text. Text that should be JSON and is not is
 * `{ ok: false }`; text under another content type that merely starts with `{` stays text.
 */
export function parseBody(bytes, contentType) {
    const text = new TextDecoder().decode(bytes);
    if (text === "") return {
        ok: true,
        value: undefined
    };
    const type = contentType ?? "";
    const saysJson = /json/i.test(type);
    if (!saysJson && !/^\s*[[{]/.test(text)) return {
        ok: true,
        value: text
    };
    try {
        return {
            ok: true,
            value: JSON.parse(text)
        };
    } catch {
        return saysJson || type === "" ? {
            ok: false,
            text
        } : {
            ok: true,
            value: text
        };
    }
}
