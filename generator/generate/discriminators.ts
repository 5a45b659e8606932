/** openapi-typescript's discriminator scan, in one walk that spells a node's pointer only when it needs it. */
import type { DiscriminatorObject, GlobalContext } from 'openapi-typescript';
import { openapiTypescript } from './commonjs.js';

type Path = Array<string | number>;
type Node = Record<string, unknown>;
type Discriminators = GlobalContext['discriminators'];

/*
 * openapi-typescript's `scanDiscriminators` walks the whole document twice and gives every value a
 * fresh copy of its path (`path.concat(key)`): a quarter of a second of the types step on GitHub's
 * description, where four objects have a discriminator. This is the same scan over one shared path.
 * Its answer and its changes to the document (each mapped schema gets the discriminator's property
 * as a required enum) are the library's; test/generate/discriminators.test.ts holds the two to the
 * same result and the same document on our specs, GitHub's description and edge cases, so an
 * upgrade that changes the library's scan fails there.
 * The visits keep the library's order and timing: an object's keys are listed when it is visited,
 * a member is read when its turn comes, and an array's length is read at every step, because the
 * scan changes the document while it walks it (an added `allOf` member is walked too).
 */
function visit(node: unknown, path: Path, each: (obj: Node, path: Path) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      visit(node[i], path, each);
      path.pop();
    }
    return;
  }
  const obj = node as Node;
  each(obj, path);
  for (const key of Object.keys(obj)) {
    path.push(key);
    visit(obj[key], path, each);
    path.pop();
  }
}

/** The discriminator enum openapi-typescript gives a mapped schema's property (its own wording: it ends up in the types). */
function discriminatorEnum(values: string[], previous?: { description?: unknown }): Node {
  return {
    type: 'string',
    enum: values,
    description: previous?.description
      ? `${previous.description as string} (enum property replaced by openapi-typescript)`
      : 'discriminator enum property added by openapi-typescript',
  };
}

/** Make `propertyName` a required enum of `values` in the schema `ref` names; false when that schema is neither an object nor an allOf. */
function patchMapped(document: unknown, ref: string, values: string[], discriminator: DiscriminatorObject): boolean {
  const { resolveRef } = openapiTypescript();
  const target = resolveRef(document, ref, { silent: true }) as Node | undefined;
  const name = discriminator.propertyName;
  if (target?.allOf) {
    (target.allOf as unknown[]).push({ type: 'object', required: [name], properties: { [name]: discriminatorEnum(values) } });
    return true;
  }
  if (typeof target === 'object' && 'type' in target && target.type === 'object') {
    if (!target.properties) target.properties = {};
    if (!target.required) target.required = [name];
    else if (!(target.required as string[]).includes(name)) (target.required as string[]).push(name);
    const properties = target.properties as Node;
    properties[name] = discriminatorEnum(values, properties[name] as { description?: unknown } | undefined);
    return true;
  }
  return false;
}

/** `scanDiscriminators(document)` as openapi-typescript computes it, with its changes to `document`. */
export function scanDiscriminators(document: unknown): Discriminators {
  const { createRef } = openapiTypescript();
  const objects: Discriminators['objects'] = {};
  const refsHandled: string[] = [];
  // First: every discriminator, and the values its oneOf members and mapping give each schema.
  visit(document, [], (obj, path) => {
    const discriminator = obj.discriminator as DiscriminatorObject | undefined;
    if (!discriminator?.propertyName) return;
    const ref = createRef(path);
    objects[ref] = discriminator;
    if (!Array.isArray(obj.oneOf)) return;
    const mapping: Record<string, { inferred?: string; defined?: string[] }> = {};
    for (const member of obj.oneOf as Node[]) {
      if (!('$ref' in member)) continue;
      const name = (member.$ref as string).split('/').pop();
      if (name) (mapping[member.$ref as string] ??= {}).inferred = name;
    }
    for (const value in discriminator.mapping ?? {}) {
      const mappedRef = discriminator.mapping![value];
      if (!mappedRef) continue;
      if (!mapping[mappedRef]?.defined) mapping[mappedRef] = { defined: [] };
      mapping[mappedRef].defined!.push(value);
    }
    for (const [mappedRef, { inferred, defined }] of Object.entries(mapping)) {
      if (refsHandled.includes(mappedRef) || (!inferred && !defined)) continue;
      if (patchMapped(document, mappedRef, defined ?? [inferred!], discriminator)) refsHandled.push(mappedRef);
    }
  });
  // Then: a schema that extends a discriminated one (allOf) inherits its discriminator, and its mapped values.
  visit(document, [], (obj, path) => {
    if (!Array.isArray(obj.allOf)) return;
    for (const member of obj.allOf as Node[]) {
      if ('$ref' in member) {
        const inherited = objects[member.$ref as string];
        // The library stops at the first member that extends nothing discriminated.
        if (!inherited) return;
        const ref = createRef(path);
        const values: string[] = [];
        for (const value in inherited.mapping ?? {}) if (inherited.mapping![value] === ref) values.push(value);
        if (values.length > 0 && patchMapped(document, ref, values, inherited)) refsHandled.push(ref);
        objects[ref] = { ...inherited };
      } else if ((member.discriminator as DiscriminatorObject | undefined)?.propertyName) {
        objects[createRef(path)] = { ...(member.discriminator as DiscriminatorObject) };
      }
    }
  });
  return { objects, refsHandled };
}
