import type { VendorConventions } from "./auth.js";
/** What the transport, its errors and redaction use: each list in the order its names are tried. */
export declare const CONVENTIONS: Required<VendorConventions>;
