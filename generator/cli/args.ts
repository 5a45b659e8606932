/** Flag parsing shared by every command: node's parseArgs, `-h/--help`, and "did you mean" for a mistyped flag. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { FuncspecError, USAGE_ERROR } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The nearest of `known` to `word`, when it is near enough to be a typo rather than another word. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(word, known as string[]);
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** A usage error: what was wrong, then the command's help, exit 2. */
export function usageError(message: string, help: string): FuncspecError {
  return new FuncspecError(`${message}\n\n${help}`, {}, USAGE_ERROR);
}

/**
 * parseArgs in strict mode with `--help/-h` added. An unknown or malformed flag is a usage error naming
 * the nearest known flag; `help: true` in the result means the caller prints its help and exits 0.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, help: string, allowPositionals = false) {
  const all = { ...options, help: { type: 'boolean', short: 'h', default: false } } as const;
  try {
    return parseArgs({ args, options: all, strict: true, allowPositionals });
  } catch (err) {
    const message = (err as Error).message;
    const code = (err as { code?: string }).code;
    const flag = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag !== undefined) {
      const known = Object.keys(all).map((k) => `--${k}`);
      const near = didYouMean(flag.startsWith('--') ? flag : `--${flag.replace(/^-/, '')}`, known);
      throw usageError(`unknown option '${flag}'${near ? ` (did you mean '${near}'?)` : ''}`, help);
    }
    throw usageError(message.split('\n')[0] ?? message, help);
  }
}
