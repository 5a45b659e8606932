function isAuth(option) {
    return typeof option.apply === "function";
}
/** Several schemes one requirement asks for together (OpenAPI's AND), applied in the order it lists them. */
function allOf(auths) {
    if (auths.length === 1) return auths[0];
    return {
        async apply(request) {
            for (const auth of auths) await auth.apply(request);
        },
        secrets: () => auths.flatMap((a) => a.secrets?.() ?? [])
    };
}
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
export function authFor(option, security, operationId) {
    if (option === undefined) return undefined;
    if (isAuth(option)) return security === undefined || security.some((r) => r.length > 0) ? option : undefined;
    for (const requirement of security ?? []) {
        const auths = requirement.map((key) => option[key]);
        if (requirement.length > 0 && auths.every((a) => a !== undefined)) return allOf(auths);
    }
    if (security === undefined || security.length === 0 || security.some((r) => r.length === 0)) return undefined;
    const needs = security.map((r) => r.join(" and ")).join(", or ");
    const given = Object.keys(option).filter((k) => option[k] !== undefined);
    throw new TypeError(`${operationId} needs auth for ${needs}; the client's auth has ${given.length > 0 ? given.join(", ") : "no scheme"}`);
}
