/**
 * The command that regenerates a package, as its README and `generate --check` name it: rebuilt from
 * the arguments of the run, with paths relative to one folder (never absolute), flags that do not
 * change the output (--check, --watch, --silent) left out, and each argument quoted for a POSIX shell.
 */
import { relative, sep } from 'node:path';
import { isLocalSpec } from './inputs.js';

export interface Invocation {
  /** The config (absolute path); `named` when the command line must say --config to find it again. */
  config?: { path: string; named: boolean };
  /** --spec arguments: absolute paths, URLs (credentials hidden) or `-`, each with its --subpath and --client. */
  specs: Array<{ file: string; subpath?: string; client?: string }>;
  /** --out, absolute, when given. */
  out?: string;
  /** --name, when given. */
  name?: string;
}

/** `arg` as a POSIX shell reads it back: bare when safe, else single-quoted, or `$'…'` when it holds control characters. */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  const control = /[\u0000-\u001f\u007f\u2028\u2029]/g;
  if (control.test(arg)) {
    const hex = (c: string): string => {
      const code = c.charCodeAt(0);
      return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    };
    return `$'${arg.replace(/[\\']/g, '\\$&').replace(control, hex)}'`;
  }
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command line of `invocation` as run from folder `from`. */
export function commandLine(invocation: Invocation, from: string): string {
  const path = (p: string): string => relative(from, p).split(sep).join('/') || '.';
  const args = ['funcspec', 'generate'];
  if (invocation.config?.named) args.push('--config', path(invocation.config.path));
  for (const spec of invocation.specs) {
    args.push('--spec', isLocalSpec(spec.file) ? path(spec.file) : spec.file);
    if (spec.subpath !== undefined) args.push('--subpath', spec.subpath);
    if (spec.client !== undefined) args.push('--client', spec.client);
  }
  if (invocation.out !== undefined) args.push('--out', path(invocation.out));
  if (invocation.name !== undefined) args.push('--name', invocation.name);
  return args.map(shellQuote).join(' ');
}
