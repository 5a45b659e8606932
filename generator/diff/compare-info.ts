/**
 * `info.version` of both documents, for the versioning policy (rules/versioning.ts). Versions are
 * judged only when both are semantic versions (semver.org's grammar, with an optional leading `v`):
 * a date or a bare `v1` says nothing about which number moved. Prerelease and build metadata are
 * accepted and ignored. The fact states how the pair would fall short of carrying a breaking change;
 * whether there is one is the classifier's to say.
 */
import type { Fact } from './model.js';
import { isObj } from '../openapi/json.js';

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

type Semver = readonly [major: number, minor: number, patch: number];

export function parseSemver(version: unknown): Semver | undefined {
  if (typeof version !== 'string') return undefined;
  const m = SEMVER.exec(version);
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]].map(Number);
  return parts.every(Number.isSafeInteger) ? (parts as unknown as Semver) : undefined;
}

function increased(base: Semver, revision: Semver): boolean {
  for (let i = 0; i < 3; i++) if (revision[i] !== base[i]) return revision[i]! > base[i]!;
  return false;
}

/** Below 1.0.0 a minor bump is enough ("anything may change at any time"). */
function majorBumped(base: Semver, revision: Semver): boolean {
  return base[0] === 0 && revision[0] === 0 ? revision[1] > base[1] : revision[0] > base[0];
}

/** not-bumped | decreased | major-not-bumped, or undefined when the pair can carry a breaking change (or is not semver). */
export function versionShortfall(base: unknown, revision: unknown): string | undefined {
  const [b, r] = [parseSemver(base), parseSemver(revision)];
  if (!b || !r) return undefined;
  if (base === revision) return 'not-bumped';
  if (!increased(b, r)) return 'decreased';
  return majorBumped(b, r) ? undefined : 'major-not-bumped';
}

const versionOf = (root: unknown): unknown => (isObj(root) && isObj(root.info) ? root.info.version : undefined);

export function compareInfo(baseRoot: unknown, revisionRoot: unknown, emit: (f: Fact) => void): void {
  const [from, to] = [versionOf(baseRoot), versionOf(revisionRoot)];
  const detail = versionShortfall(from, to);
  if (detail === undefined) return;
  emit({ kind: 'version', site: 'info', direction: 'none', method: '', path: '', subject: '', detail, from, to, basePointer: '/info/version', revisionPointer: '/info/version' });
}
