/** Writing the package, or listing what would change (--check), without ever leaving half an output. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir`, as relative POSIX paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') await walk(full);
      } else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

/** Files that would change: added, modified or removed. */
export async function staleFiles(outDir: string, files: Map<string, string>): Promise<string[]> {
  const stale = new Set<string>();
  for (const [path, text] of files) {
    const current = existsSync(join(outDir, path)) ? await readFile(join(outDir, path), 'utf8') : undefined;
    if (current !== text) stale.add(path);
  }
  for (const path of await listFiles(outDir)) if (!files.has(path)) stale.add(path);
  return [...stale].sort();
}

/**
 * Write the whole output into a sibling temp dir, then swap it in with renames, so a failure at any
 * point leaves the previous output untouched (and a crash mid-swap leaves `<out>.old` to recover).
 */
export async function writeAtomically(outDir: string, files: Map<string, string>): Promise<void> {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const target = join(tmp, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    // A consumer test may have linked node_modules inside the output: carry it over rather than lose it.
    if (existsSync(join(outDir, 'node_modules'))) await rename(join(outDir, 'node_modules'), join(tmp, 'node_modules'));
    if (existsSync(outDir)) await rename(outDir, old);
    await rename(tmp, outDir);
    await rm(old, { recursive: true, force: true });
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}
