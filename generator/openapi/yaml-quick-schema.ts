/**
 * The YAML 1.2 core schema as js-yaml implements it, made to refuse the few values on which it and the
 * `yaml` package disagree, so that whatever the quick reader (yaml-quick.ts) builds, `yaml` would too.
 */
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, floatCoreTag, mapTag, NOT_RESOLVED } from 'js-yaml';

/** A YAML 1.2 core number, in any size: `yaml` reads one too big for a double as ±Infinity. */
const CORE_NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** Thrown from a tag to stop the quick reader; the caller then reads the text with `yaml`. */
class Disagreement extends Error {}

export const QUICK_SCHEMA = CORE_SCHEMA.withTags(
  // js-yaml leaves a number beyond a double's range a string; `yaml` makes it ±Infinity.
  defineScalarTag(floatCoreTag.tagName, {
    ...floatCoreTag,
    resolve: (source, explicit, tagName) => {
      const value = floatCoreTag.resolve(source, explicit, tagName);
      if (value === NOT_RESOLVED && CORE_NUMBER.test(source)) throw new Disagreement();
      return value;
    },
  }),
  // A null key is "null" to js-yaml and "" to `yaml`.
  defineMappingTag(mapTag.tagName, {
    ...mapTag,
    addPair: (carrier, key, value) => (key === null ? 'null key' : mapTag.addPair(carrier, key, value)),
  }),
);
