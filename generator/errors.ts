/**
 * The one error type the CLI prints without a stack trace: it always says where (file, and line:column
 * when known) and why. Anything else reaching the top level is a bug and is printed with its stack.
 */
/** Exit codes, the same for every command: 0 ok, 1 findings (changes at --fail-on, drift, stale output), 2 usage or input errors. */
export const FINDINGS = 1;
export const USAGE_ERROR = 2;

export class FuncspecError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** USAGE_ERROR (2) unless the thrower says otherwise: a FuncspecError is bad usage or bad input, never a finding. */
  exitCode: number;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}, exitCode = USAGE_ERROR) {
    super(message);
    this.exitCode = exitCode;
    this.name = 'FuncspecError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  /** `file:line:column: message`, the shape editors and terminals turn into links. */
  format(): string {
    if (this.file === undefined) return this.message;
    const pos = this.line === undefined ? '' : `:${this.line}:${this.column ?? 1}`;
    return `${this.file}${pos}: ${this.message}`;
  }
}
