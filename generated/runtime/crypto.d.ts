export declare function sha256Hex(data: string | Uint8Array): Promise<string>;
export declare function hmacSha256Hex(key: string, data: string): Promise<string>;
/** RFC 3986 percent-encoding: everything but `A-Z a-z 0-9 - . _ ~`, as UTF-8, upper-case hex. */
export declare function rfc3986(value: string): string;
/** `decodeURIComponent` that leaves a malformed escape as it is instead of throwing. */
export declare function decodeComponent(value: string): string;
/** The query of a URL as decoded [key, value] pairs, in order ('+' is a literal plus, as RFC 3986 has it). */
export declare function queryPairs(url: URL): Array<[string, string]>;
/** Plain code-unit order, the same in every locale (what `Array.prototype.sort` does without a comparator). */
export declare function byCodeUnit(a: string, b: string): number;
