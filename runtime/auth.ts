/**
 * Authentication is a small object that edits an outgoing request (adds a token header, signs it).
 * Generated clients accept any `Auth`; vendor modules provide the ones their specs name.
 */
export interface OutgoingRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The exact body bytes that will be sent, as text ('' when there is none). */
  body: string;
}

export interface Auth {
  apply(request: OutgoingRequest): void | Promise<void>;
}

/** An API key or token sent in a header, e.g. `X-Auth-Token` for Huawei IAM tokens. */
export function headerToken(header: string, token: string | (() => string | Promise<string>)): Auth {
  return {
    async apply(request) {
      request.headers.set(header, typeof token === 'function' ? await token() : token);
    },
  };
}

/** `Authorization: Bearer …`. */
export function bearerToken(token: string | (() => string | Promise<string>)): Auth {
  return {
    async apply(request) {
      request.headers.set('authorization', `Bearer ${typeof token === 'function' ? await token() : token}`);
    },
  };
}
