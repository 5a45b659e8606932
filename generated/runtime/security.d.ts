/** Which `Auth` a call applies: the client's one, or those of the security schemes its operation's requirements name. */
import type { Auth } from "./auth.js";
/** What a client takes as `auth`: one `Auth` for the whole API, or one per security scheme, by the scheme's key. */
export type AuthOption = Auth | Readonly<Record<string, Auth | undefined>>;
/**
 * The auth for one call of an operation whose requirements are `security` (OpenAPI's: alternatives,
 * each a list of scheme keys that apply together; `[]` inside is `{}`, calling without any; absent
 * when the spec declares none at all).
 * - One `Auth`: applied unless the operation says it needs none (every alternative is `{}`, or there
 *   is none). A spec that declares no security leaves the decision to the caller: it is applied.
 * - One per scheme: the first alternative whose schemes were all given; else none, when the operation
 *   may be called without (`{}`); else an error naming what it needs, before anything is sent, rather
 *   than a request the server can only refuse.
 */
export declare function authFor(option: AuthOption | undefined, security: ReadonlyArray<readonly string[]> | undefined, operationId: string): Auth | undefined;
