/** A parsed JSON/YAML object (not an array, not null): the shape every walker over a spec handles. */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value when it is a string, else undefined: for optional text fields read from a spec. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
