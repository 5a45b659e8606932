/**
 * What generate prints while it works. On a terminal: one line per step (load, types, clients, on a
 * large document lint, then validators, compile, write) as it starts, completed with its time when the
 * next begins. Everywhere:
 * one summary line at the end (`funcspec: wrote 14 files to client/ (2 specs) in 3.2 s`). `silent`
 * prints neither; errors are the caller's.
 */
export interface ProgressOutput {
  /** Whether stderr is a terminal (progress lines are only for people watching). */
  tty: boolean;
  silent: boolean;
  /** Raw text for the progress lines (process.stderr.write). */
  write(text: string): void;
  /** One whole line (console.error). */
  line(text: string): void;
  /** Milliseconds from some fixed point (performance.now). */
  now(): number;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function elapsed(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : seconds(ms);
}

export class Progress {
  private readonly started: number;
  private step: { at: number } | undefined;

  constructor(private readonly out: ProgressOutput) {
    this.started = out.now();
  }

  /** A step begins: the previous one is done. */
  phase(name: string, detail = ''): void {
    if (!this.out.tty || this.out.silent) return;
    this.done();
    this.out.write(`funcspec: ${name}${detail ? ` ${detail}` : ''} … `);
    this.step = { at: this.out.now() };
  }

  /** The current step is over (also when it failed, so an error starts on a line of its own). */
  done(): void {
    if (!this.step) return;
    this.out.write(`${elapsed(this.out.now() - this.step.at)}\n`);
    this.step = undefined;
  }

  /** A warning about the input (`file:line:column: warning: …`), on a line of its own; `silent` drops it. */
  warning(text: string): void {
    if (this.out.silent) return;
    // A step in progress is left unfinished on its line; the warning goes below it and the step goes on.
    if (this.step) this.out.write('\n');
    this.out.line(text);
  }

  /** The run's one summary line, timed from the start: `funcspec: wrote … in 3.2 s`. */
  summary(text: string): void {
    this.done();
    if (!this.out.silent) this.out.line(`funcspec: ${text} in ${seconds(this.out.now() - this.started)}`);
  }
}
