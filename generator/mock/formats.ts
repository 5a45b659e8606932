/** Values of the string formats `--dynamic` knows (those ajv-formats checks, and OpenAPI's own), built from the seeded PRNG. */
import type { Random } from './random.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function letters(random: Random, length: number, alphabet = LOWER): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[random.int(0, alphabet.length - 1)];
  return out;
}

const word = (random: Random): string => letters(random, random.int(3, 9));

/** A date-time between 2000 and 2030, whole seconds, UTC: `2017-03-09T14:05:51Z`. */
function dateTime(random: Random): string {
  const ms = Date.UTC(2000, 0, 1) + random.int(0, 30 * 365 * 24 * 3600) * 1000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function base64(random: Random, bytes = random.int(3, 12)): string {
  const chars = Math.ceil(bytes / 3) * 4;
  return letters(random, chars, BASE64);
}

function uuid(random: Random): string {
  const h = (n: number): string => letters(random, n, HEX);
  return `${h(8)}-${h(4)}-4${h(3)}-${'89ab'[random.int(0, 3)]}${h(3)}-${h(12)}`;
}

const GENERATORS: Record<string, (random: Random) => string> = {
  'date-time': dateTime,
  date: (r) => dateTime(r).slice(0, 10),
  time: (r) => `${dateTime(r).slice(11, 19)}Z`,
  duration: (r) => `P${r.int(1, 30)}DT${r.int(0, 23)}H`,
  email: (r) => `${word(r)}@example.com`,
  'idn-email': (r) => `${word(r)}@example.com`,
  hostname: (r) => `${word(r)}.example.com`,
  'idn-hostname': (r) => `${word(r)}.example.com`,
  ipv4: (r) => `192.0.2.${r.int(1, 254)}`,
  ipv6: (r) => `2001:db8::${letters(r, 4, HEX)}`,
  uri: (r) => `https://example.com/${word(r)}`,
  url: (r) => `https://example.com/${word(r)}`,
  iri: (r) => `https://example.com/${word(r)}`,
  'uri-reference': (r) => `/${word(r)}/${word(r)}`,
  'iri-reference': (r) => `/${word(r)}/${word(r)}`,
  'uri-template': (r) => `https://example.com/${word(r)}/{id}`,
  uuid,
  'json-pointer': (r) => `/${word(r)}/${r.int(0, 9)}`,
  'relative-json-pointer': (r) => `${r.int(0, 3)}/${word(r)}`,
  regex: (r) => `^${word(r)}$`,
  byte: (r) => base64(r),
  binary: word,
  password: (r) => letters(r, 12, `${LOWER}0123456789`),
};

/** A value of `format`, or undefined for a format it does not know (the caller builds plain text). */
export function formatValue(format: string, random: Random): string | undefined {
  return Object.hasOwn(GENERATORS, format) ? GENERATORS[format]!(random) : undefined;
}
