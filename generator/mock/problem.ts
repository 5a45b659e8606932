/** The answers the mock gives of its own (not from the spec's examples): an HttpProblem carries the status, the code and the message. */

/** The mock's own error codes, by status. */
export const MOCK_ERROR_CODES = {
  400: 'InvalidRequest',
  401: 'MissingCredentials',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  500: 'MockInternalError',
} as const;
export const EXAMPLE_NOT_FOUND = 'ExampleNotFound';
/** A `--dynamic` response whose schema no generated value satisfies, and that documents no example to serve instead. */
export const CANNOT_GENERATE = 'CannotGenerateResponse';

export class HttpProblem extends Error {
  constructor(
    readonly status: keyof typeof MOCK_ERROR_CODES,
    message: string,
    readonly code: string = MOCK_ERROR_CODES[status],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
