/** The output digest: digests taken ahead (FileDigests) count only for the very text they were taken of. */
import { describe, expect, it } from 'vitest';
import { FileDigests, fileDigest, outputDigest } from '../../generator/generate/fingerprint.js';
import { OUTPUT_MARKER } from '../../generator/generate/write.js';

const files = (): Map<string, string> =>
  new Map([
    ['b/types.d.ts', 'export type A = string;\n'],
    ['a/index.js', 'export {};\n'],
    [OUTPUT_MARKER, 'ignored'],
  ]);

describe('outputDigest', () => {
  it('is the same whether a file was hashed ahead (from its bytes, as the validator thread does) or now', () => {
    const taken = new FileDigests();
    taken.take('b/types.d.ts', 'export type A = string;\n', fileDigest(new TextEncoder().encode('export type A = string;\n')));
    expect(outputDigest(files(), taken)).toBe(outputDigest(files()));
  });

  it('ignores a digest taken of other text at the same path, and changes with any file but the marker', () => {
    const stale = new FileDigests();
    stale.take('b/types.d.ts', 'export type A = number;\n');
    expect(outputDigest(files(), stale)).toBe(outputDigest(files()));
    const changed = files().set('a/index.js', 'export { x };\n');
    expect(outputDigest(changed)).not.toBe(outputDigest(files()));
    expect(outputDigest(files().set(OUTPUT_MARKER, 'other'))).toBe(outputDigest(files()));
  });

  it('does not depend on the order the files come in', () => {
    expect(outputDigest([...files()].reverse())).toBe(outputDigest(files()));
  });
});
