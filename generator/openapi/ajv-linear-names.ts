/** Ajv's code optimiser, counting the names a function uses in linear time instead of once per nesting level. */
import codegenModule from 'ajv/dist/compile/codegen/index.js';
import scopeModule from 'ajv/dist/compile/codegen/scope.js';

type Names = Record<string, number>;
interface CodeNode {
  readonly names: Names;
}
interface ParentNode extends CodeNode {
  nodes: CodeNode[];
}

/*
 * Before it prints a validator, Ajv's `optimize` asks the root of the function's code tree for the
 * names it uses (`names`, a count per name). Each block builds its own count object by copying every
 * child's, so a name is copied once per enclosing block: quadratic in the nesting depth, which large
 * schemas (GitHub's webhook payloads nest objects twenty deep) make about 2 s of GitHub's 4,140
 * validators. The getter below adds every child's names into one shared count while a count is in
 * progress, and hands its parent an empty object (which a subclass's getter, If, For…, fills with
 * its own condition's names). The counts come out the same, so the optimised code is the same;
 * test/generate/ajv-linear-names.test.ts compiles schemas both ways and compares the source.
 */
let tally: Names | undefined;

function addNames(into: Names, from: Names): void {
  for (const n in from) into[n] = (into[n] ?? 0) + (from[n] ?? 0);
}

function linearNames(this: ParentNode): Names {
  if (tally) {
    for (const node of this.nodes) addNames(tally, node.names);
    return {};
  }
  const names: Names = {};
  tally = names;
  try {
    for (const node of this.nodes) addNames(names, node.names);
  } finally {
    tally = undefined;
  }
  return names;
}

// Ajv's internals are CommonJS; under NodeNext the default import is the module object.
const interop = <T>(m: T): T => (m as unknown as { default?: T }).default ?? m;

/** The prototype every block of Ajv's code tree inherits `names` from (ParentNode is not exported). */
export function parentNodePrototype(): object {
  const { CodeGen } = interop(codegenModule);
  const { ValueScope } = interop(scopeModule);
  const root = (new CodeGen(new ValueScope({ scope: {} })) as unknown as { _root: object })._root;
  const prototype = Object.getPrototypeOf(Object.getPrototypeOf(root) as object) as object;
  if (!Object.getOwnPropertyDescriptor(prototype, 'names')?.get || !Object.hasOwn(prototype, 'optimizeNames')) {
    throw new Error("Ajv's code generator changed shape: funcspec's linear `names` (openapi/ajv-linear-names.ts) needs updating");
  }
  return prototype;
}

let original: PropertyDescriptor | undefined;

/** Install the linear count (idempotent). Every Ajv instance in the process compiles the same code, faster. */
export function useLinearNames(): void {
  if (original) return;
  const prototype = parentNodePrototype();
  original = Object.getOwnPropertyDescriptor(prototype, 'names');
  Object.defineProperty(prototype, 'names', { configurable: true, get: linearNames });
}

/** Run `fn` with Ajv's own count (for the test that compares the two). */
export function withAjvNames<T>(fn: () => T): T {
  if (!original) return fn();
  const prototype = parentNodePrototype();
  const linear = Object.getOwnPropertyDescriptor(prototype, 'names')!;
  Object.defineProperty(prototype, 'names', original);
  try {
    return fn();
  } finally {
    Object.defineProperty(prototype, 'names', linear);
  }
}
