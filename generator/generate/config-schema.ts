/**
 * funcspec.config.schema.json as the config loader applies it, whatever the config's form (JSON, .ts,
 * .mjs): the first problem, as a JSON pointer and a sentence, with "did you mean" for an unknown key.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';

/** Shipped at the package root, next to templates/, so editors can find it under node_modules/funcspec/. */
export const CONFIG_SCHEMA_FILE = fileURLToPath(new URL('../../funcspec.config.schema.json', import.meta.url));

/** Keys an earlier funcspec read, and the key that replaced them. */
const RENAMED: Record<string, string> = { name: 'subpath' };

export interface ConfigProblem {
  /** JSON pointer of the offending value (for an unknown key: of that key). */
  pointer: string;
  message: string;
}

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')) as object);
  return validator;
}

/** The nearest of `known` to `word` when it reads as a typo of it (or a longer or shorter form: `output` → `out`). */
export function nearestKey(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = word.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  const best = closest(lower, known as string[]);
  if (distance(lower, best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))) return best;
  return known.find((k) => k.length >= 3 && (lower.startsWith(k.toLowerCase()) || k.toLowerCase().startsWith(lower)));
}

/** `/specs/0/spec` → `specs[0].spec`, as the message names it. */
function describe(pointer: string): string {
  if (pointer === '') return 'the config';
  const path = pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, t) => (/^\d+$/.test(t) ? `${acc}[${t}]` : acc === '' ? t : `${acc}.${t}`), '');
  return `\`${path}\``;
}

const A_TYPE: Record<string, string> = { object: 'an object', array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false' };

function sentence(error: ErrorObject): ConfigProblem {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const renamed = RENAMED[key] !== undefined && known.includes(RENAMED[key]) ? RENAMED[key] : undefined;
      const near = renamed ?? nearestKey(key, known);
      const hint = renamed ? ` (now called '${renamed}')` : near ? ` (did you mean '${near}'?)` : '';
      return {
        pointer: `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `unknown key '${key}'${hint}${at === '' ? '' : ` in ${describe(at)}`}; known keys: ${known.join(', ')}`,
      };
    }
    case 'required':
      return { pointer: at, message: `${describe(at)} needs \`${String(params.missingProperty)}\`` };
    case 'type':
      return { pointer: at, message: `${describe(at)} must be ${A_TYPE[String(params.type)] ?? String(params.type)}` };
    case 'minLength':
    case 'minItems':
      return { pointer: at, message: `${describe(at)} must not be empty` };
    default:
      return { pointer: at, message: `${describe(at)} ${error.message ?? 'is not allowed'}` };
  }
}

/** The config's first problem against the schema, or undefined when it passes. An unknown key comes first: a misspelt key also makes a required one look missing. */
export function configSchemaProblem(config: unknown): ConfigProblem | undefined {
  const check = validate();
  if (check(config)) return undefined;
  const errors = check.errors ?? [];
  const first = errors.find((e) => e.keyword === 'additionalProperties') ?? errors.find((e) => e.keyword === 'type' && e.instancePath === '') ?? errors[0];
  return first ? sentence(first) : { pointer: '', message: 'the config does not match funcspec.config.schema.json' };
}
