/**
 * Redocly's `lintDocument` without its first pass. It walks the whole document once to resolve every
 * `$ref` and then again to check it; by the time funcspec lints, references.ts has refused every
 * reference that is not a plain pointer into the same document, so each one is resolved here when
 * the checking walk asks for it (a third of the lint's time on GitHub's description). What this
 * does not resolve exactly as Redocly would (an `$anchor` reference, a chain through a `$ref` with
 * sibling keys, a document with preprocessors) makes it hand the document to `lintDocument` itself.
 */
import {
  detectSpec,
  escapePointerFragment,
  getMajorSpecVersion,
  getTypes,
  lintDocument,
  normalizeTypes,
  normalizeVisitors,
  walkDocument,
  type BaseResolver,
  type Config,
  type Document,
  type NormalizedProblem,
  type ResolvedRefMap,
  type WalkContext,
} from './redocly.js';

type ResolvedRef = ResolvedRefMap extends Map<string, infer R> ? R : never;

/** Raised from inside the walk for a reference this file does not resolve: the caller lints the usual way. */
class NotLocal extends Error {}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isRef = (v: unknown): v is { $ref: string } => isPlainObject(v) && typeof v.$ref === 'string';

/** A pointer's tokens as Redocly's `parseRef` reads them: `~1`, `~0` and percent-escapes decoded, empty tokens dropped. */
function refTokens(ref: string): string[] {
  const pointer = ref.split('#/')[1] ?? '';
  return pointer
    .split('/')
    .map((token) => {
      const unescaped = token.indexOf('~') === -1 ? token : token.replaceAll('~1', '/').replaceAll('~0', '~');
      try {
        return decodeURIComponent(unescaped);
      } catch {
        return unescaped;
      }
    })
    .filter((token) => token !== '');
}

/**
 * The map Redocly's walk reads references from, filled as the walk asks: a local `$ref` resolves to
 * the node its pointer reaches (undefined when it reaches nothing, which the `no-unresolved-refs`
 * rule reports), and an alias (`{$ref}` alone) on to what it names.
 */
class LocalRefMap extends Map<string, ResolvedRef> {
  constructor(private readonly document: Document) {
    super();
  }

  override get(refId: string): ResolvedRef | undefined {
    const known = super.get(refId);
    if (known) return known;
    const prefix = `${this.document.source.absoluteRef}::`;
    if (!refId.startsWith(prefix)) throw new NotLocal();
    const resolved = this.follow(refId.slice(prefix.length), new Set());
    super.set(refId, resolved);
    return resolved;
  }

  private follow(ref: string, seen: Set<string>): ResolvedRef {
    if ((ref !== '#' && !ref.startsWith('#/')) || seen.has(ref)) throw new NotLocal();
    seen.add(ref);
    let node: unknown = this.document.parsed;
    let nodePointer = '#/';
    for (const token of refTokens(ref)) {
      const at = (step: unknown): void => {
        node = step;
        nodePointer = nodePointer.endsWith('/') ? nodePointer + escapePointerFragment(token) : `${nodePointer}/${escapePointerFragment(token)}`;
      };
      if (isPlainObject(node) && node[token] !== undefined) at(node[token]);
      else if (Array.isArray(node) && node[+token] !== undefined) at(node[+token]);
      else if (isRef(node)) throw new NotLocal();
      else {
        node = undefined;
        break;
      }
    }
    if (isRef(node)) {
      if (Object.keys(node).length > 1) throw new NotLocal();
      return { ...this.follow(node.$ref, seen) };
    }
    return { resolved: true, isRemote: false, document: this.document, node, nodePointer };
  }
}

/** What `lintDocument` returns for `document` under `config`. */
export async function lintWalk(document: Document, config: Config, externalRefResolver: BaseResolver): Promise<NormalizedProblem[]> {
  const specVersion = detectSpec(document.parsed);
  const rules = config.getRulesForSpecVersion(getMajorSpecVersion(specVersion)) as Array<Record<string, (settings: unknown) => unknown>>;
  const instances = (settingsOf: (ruleId: string) => { severity: string; message?: string }): Parameters<typeof normalizeVisitors>[0] =>
    rules.flatMap((ruleset) =>
      Object.keys(ruleset).flatMap((ruleId) => {
        const settings = settingsOf(ruleId);
        if (settings.severity === 'off') return [];
        const visitors = ruleset[ruleId]!(settings);
        return (Array.isArray(visitors) ? visitors : [visitors]).map((visitor) => ({ severity: settings.severity, message: settings.message, ruleId, visitor }));
      }),
    ) as Parameters<typeof normalizeVisitors>[0];
  const preprocessors = instances((ruleId) => config.getPreprocessorSettings(ruleId, specVersion));
  if (preprocessors.length === 0) {
    const types = normalizeTypes(config.extendTypes(getTypes(specVersion), specVersion), config);
    const ctx: WalkContext = { problems: [], specVersion, config, visitorsData: {} };
    const normalizedVisitors = normalizeVisitors(
      instances((ruleId) => config.getRuleSettings(ruleId, specVersion)),
      types,
    );
    try {
      walkDocument({ document, rootType: types.Root!, normalizedVisitors, resolvedRefMap: new LocalRefMap(document), ctx });
      return ctx.problems.map((problem) => config.addProblemToIgnore(problem));
    } catch (err) {
      if (!(err instanceof NotLocal)) throw err;
    }
  }
  return lintDocument({ document, config, externalRefResolver });
}
