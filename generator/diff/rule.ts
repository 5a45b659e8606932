/**
 * How a rule file declares its rules: an id and level (oasdiff's, unless `own` says why not), a
 * message, and the Facts it claims. `when` is matched field by field; `and` refines it.
 *
 *   rule({ id: 'request-property-became-required', level: 'ERR',
 *          message: "request property '{subject}' became required",
 *          when: { kind: 'became-required', site: 'property', direction: 'request' },
 *          and: (f) => !f.hasDefault })
 *
 * The rule's direction is `when.direction` ('none' when absent), so it cannot disagree with what it matches.
 */
import type { Direction, Fact, FactKind, Level, Rule, Site } from './model.js';

export interface FactPattern {
  kind: FactKind | readonly FactKind[];
  site?: Site | readonly Site[];
  direction?: Direction;
  detail?: string | readonly string[];
}

export interface RuleDefinition {
  id: string;
  level: Level;
  message: string;
  when: FactPattern;
  and?: (fact: Fact) => boolean;
  own?: string;
  docsOnly?: boolean;
  onlyWithBreaking?: boolean;
}

function oneOf<T>(want: T | readonly T[] | undefined, got: T | undefined): boolean {
  if (want === undefined) return true;
  return Array.isArray(want) ? (want as readonly T[]).includes(got as T) : want === got;
}

export function rule(def: RuleDefinition): Rule {
  const { when, and } = def;
  return {
    id: def.id,
    level: def.level,
    direction: when.direction ?? 'none',
    message: def.message,
    docsOnly: def.docsOnly ?? false,
    ...(def.own !== undefined ? { own: def.own } : {}),
    ...(def.onlyWithBreaking ? { onlyWithBreaking: true } : {}),
    match: (f) =>
      oneOf(when.kind, f.kind) &&
      oneOf(when.site, f.site) &&
      (when.direction === undefined || when.direction === f.direction) &&
      oneOf(when.detail, f.detail) &&
      (and === undefined || and(f)),
  };
}
