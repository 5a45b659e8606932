/**
 * `generate --watch`: a debounced signal when any of a set of files changes. The files' folders are
 * watched rather than the files, so that an editor that saves by writing a new file and renaming it
 * over the old one (vim, many IDEs) is seen too, and so is a file that is created after a failed run.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export const WATCH_DEBOUNCE_MS = 150;

export interface FileWatcher {
  close(): void;
}

/** Calls `onChange` once things settle (`delayMs` without a further event) after any of `files` changed. */
export function watchFiles(files: Iterable<string>, onChange: () => void, delayMs = WATCH_DEBOUNCE_MS): FileWatcher {
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const absolute = resolve(file);
    const names = byFolder.get(dirname(absolute)) ?? new Set<string>();
    names.add(basename(absolute));
    byFolder.set(dirname(absolute), names);
  }
  let timer: NodeJS.Timeout | undefined;
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  const watchers: FSWatcher[] = [];
  for (const [folder, names] of byFolder) {
    try {
      const watcher = watch(folder, { persistent: true }, (_event, name) => {
        if (name === null || names.has(name.toString())) changed();
      });
      // A watched folder that goes away ends its watcher; the other files are still watched.
      watcher.on('error', () => watcher.close());
      watchers.push(watcher);
    } catch {
      // A folder that does not exist (yet) cannot be watched; the files elsewhere still are.
    }
  }
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
