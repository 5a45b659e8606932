/** What formatters that point into the documents know about each side: the parsed text, and the file a reader (or GitHub) can open. */
import type { LoadedDocument } from '../../openapi/document.js';
import type { Change } from '../model.js';
import { primarySide } from './group.js';

export interface Side {
  /** How the input was named on the command line (file, `REF:PATH`, URL or `stdin`). */
  label: string;
  doc: LoadedDocument;
  /** The file in the working tree this side is, when it is one (not a git revision, URL or stdin). */
  file?: string;
}

export interface Sides {
  base?: Side;
  revision?: Side;
}

export interface Place {
  side: 'base' | 'revision';
  pointer: string;
  line: number;
  column: number;
}

/** Where a change sits in one document: its pointer and line:column there, when both are known. */
export function placeIn(c: Change, sides: Sides, side: 'base' | 'revision'): Place | undefined {
  const pointer = side === 'base' ? c.basePointer : c.revisionPointer;
  const s = sides[side];
  if (pointer === undefined || !s) return undefined;
  const { line, column } = s.doc.locate(pointer);
  return { side, pointer, line, column };
}

/** The place to annotate in the working tree: the change's own side if it is a file there, else the other side if that one is. */
export function workingTreePlace(c: Change, sides: Sides): (Place & { file: string }) | undefined {
  const first = primarySide(c);
  for (const side of [first, first === 'base' ? 'revision' : 'base'] as const) {
    const file = sides[side]?.file;
    const place = placeIn(c, sides, side);
    if (file !== undefined && place) return { ...place, file };
  }
  return undefined;
}
