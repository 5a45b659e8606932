/** Where the curated documents and the errata register live under `spec/`. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The register proper, and the per-vendor parts waiting to be merged into it. */
export const ERRATA_FILE = 'errata.yaml';
export const ERRATA_PART_RE = /^errata\.[^/\\]+\.part\.yaml$/;

export function isErrataFile(relPath: string): boolean {
  return relPath === ERRATA_FILE || (!relPath.includes('/') && ERRATA_PART_RE.test(relPath));
}

async function walk(dir: string, root: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) await walk(full, root, out);
    else if (e.isFile()) out.push(relative(root, full).split(sep).join('/'));
  }
}

/** Every OpenAPI document under `specDir` (recursively, `*.yaml`), relative to it with `/`, sorted. */
export async function listSpecDocuments(specDir: string): Promise<string[]> {
  const all: string[] = [];
  await walk(specDir, specDir, all);
  return all.filter((f) => f.endsWith('.yaml') && !isErrataFile(f)).sort();
}

/** The register files present: `errata.yaml` first, then the parts, sorted. */
export async function listErrataFiles(specDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(specDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const parts = names.filter((n) => ERRATA_PART_RE.test(n)).sort();
  return [...(names.includes(ERRATA_FILE) ? [ERRATA_FILE] : []), ...parts];
}
