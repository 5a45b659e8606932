/**
 * The quick YAML reader: js-yaml builds plain data several times faster than the `yaml` package's
 * document tree, and its parser's events carry the offsets funcspec needs to say where a value sits.
 * It answers only when its data is certain to equal what the `yaml` package would build; otherwise
 * (aliases, directives, explicit tags, numbers out of range, null keys, anything it refuses) the
 * caller reads the text with `yaml` instead.
 */
import { constructFromEvents, parseEvents } from 'js-yaml';
import { MAX_DEPTH } from './limits.js';
import { QUICK_SCHEMA } from './yaml-quick-schema.js';
import { YamlEventPositions } from './yaml-event-positions.js';

/**
 * Texts left to `yaml`: directives (`%YAML 1.1` and `%TAG` change how everything after them reads)
 * and explicit tags (`!!float 1` is a string to `yaml`). A `%` or ` !` in prose only costs speed.
 */
const DIRECTIVE = /^%/m;
const TAG = /(?:^|[\s[{,])!/;

export interface QuickYaml {
  data: unknown;
  /**
   * Offset of the value at a JSON pointer (of its key, for a mapping entry) or of its nearest
   * existing ancestor; undefined in the rare case the events cannot tell, for the caller to ask `yaml`.
   */
  offsetOf(ptr: string): number | undefined;
}

/**
 * The data of a one-document YAML text without aliases, as `yaml` would build it, or undefined
 * when only the `yaml` package can say (including every malformed text: it locates the fault).
 */
export function quickYaml(text: string): QuickYaml | undefined {
  if (DIRECTIVE.test(text) || TAG.test(text)) return undefined;
  try {
    const events = parseEvents(text, { maxDepth: MAX_DEPTH + 2 });
    const documents = constructFromEvents(events, { source: text, schema: QUICK_SCHEMA, maxAliases: 0 });
    if (documents.length !== 1) return undefined;
    const data = documents[0];
    let positions: YamlEventPositions | undefined;
    return { data, offsetOf: (ptr) => (positions ??= new YamlEventPositions(text, events, data)).offsetOf(ptr) };
  } catch {
    return undefined;
  }
}
