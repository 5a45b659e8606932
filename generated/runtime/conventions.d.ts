/**
 * Every vendor's declarations (see `VendorConventions` in ./auth.ts) merged with what HTTP APIs use
 * whatever the vendor. A vendor module adds its declaration to VENDORS; nothing else names a vendor.
 */
import type { VendorConventions } from './auth.js';
/** What the transport, its errors and redaction use: each list in the order its names are tried. */
export declare const CONVENTIONS: Required<VendorConventions>;
