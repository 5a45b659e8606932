/**
 * Reading an answer's body: never more than a cap, counted while it streams in (a server that never
 * stops sending costs at most the cap), then JSON when the answer says so (or, without a content
 * type, looks like it).
 */
/** The body's bytes, or `undefined` when it is longer than `maxBytes` (reading stopped there, the connection closed). */
export declare function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined>;
/** Drops a body not to be read (a redirect's, one over the cap), closing its connection. */
export declare function discard(response: Response): void;
export type ParsedBody = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    text: string;
};
/**
 * The body as a value: `undefined` when empty, parsed JSON when the content type says JSON or (no
 * content type) the text starts like JSON, else the text. Text that should be JSON and is not is
 * `{ ok: false }`; text under another content type that merely starts with `{` stays text.
 */
export declare function parseBody(bytes: Uint8Array, contentType: string | null): ParsedBody;
