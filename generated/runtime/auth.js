function tokenAuth(set, token) {
    let last = typeof token === 'string' ? token : undefined;
    return {
        async apply(request) {
            last = typeof token === 'function' ? await token() : token;
            set(request, last);
        },
        secrets: () => (last === undefined ? [] : [last]),
    };
}
/** An API key or token sent in a header, e.g. `X-Auth-Token` for Huawei IAM tokens. */
export function headerToken(header, token) {
    return tokenAuth((request, value) => request.headers.set(header, value), token);
}
/** `Authorization: Bearer …`. */
export function bearerToken(token) {
    return tokenAuth((request, value) => request.headers.set('authorization', `Bearer ${value}`), token);
}
