/** validators.raw.js of a spec: Ajv's standalone code, one function per distinct schema the model lists, tree-shakable. */
import { _ } from 'ajv';
import { createSpecAjv, standaloneSupport } from '../openapi/ajv.js';
import { isObj, someObject } from '../openapi/json.js';
import { getAtPointer, uriFragment } from '../openapi/pointer.js';
import { refTarget } from '../openapi/refs.js';
import { registerDocument, SPEC_ID } from '../openapi/validate-examples.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { collectFormats, validatorDocument } from './json-schema.js';
import { shareSubschemas } from './shared-subschemas.js';
import { jsString, lineCommentText } from './escape.js';
import type { SpecModel, ValidatorModel, WrapperFiles } from './model.js';
import { compileRootWithoutSource, exportStatements, pureValue, shareSchema, standaloneValidators, type StandaloneExport } from './standalone.js';
import type { FuncspecError } from '../errors.js';

/** What ajv.ts's standaloneSupport defines to catch a stack overflow on deep data; every export goes through it. */
const GUARD = 'specGuard';
const SPEC_DEFAULT = 'const specDefault = (module) => module.default?.default ?? module.default;';
const SPEC_FORMAT = 'const specFormat = (formats, name) => formats[name];';

/** A component schema left without a validator: Ajv could not compile it, and no body needs it. */
export interface SkippedValidator {
  typeNames: string[];
  /** Why, located at the schema. */
  error: FuncspecError;
}

export interface ValidatorCode {
  /** validators.raw.js */
  code: string;
  /** Its fingerprint.ts `fileDigest`, when the validator thread took it. */
  digest?: string;
  /**
   * validators.ts as the validator thread renders and compiles it, unless the calling thread takes
   * the job by calling this first (then undefined: the caller makes it); the promise resolves to
   * undefined when the thread could not, which the caller then makes too.
   */
  wrappers?: () => Promise<WrapperFiles | undefined> | undefined;
  skipped: SkippedValidator[];
}

const NO_VALIDATORS = '// This document declares no component schemas and no JSON bodies with schemas.\nexport {};\n';

/** What emitValidatorCode reads of the model. */
export type ValidatorModelView = Pick<SpecModel, 'validators' | 'document' | 'openapiVersion' | 'origin' | 'source'>;

/** The document as Ajv compiles it, and an Ajv instance that knows it: all a validator needs but the list of which. */
export interface ValidatorSetup {
  document: unknown;
  ajv: Ajv2020;
  docId: string;
}

/** Everything before the first validator compiles; the validator thread does it while the model is being built. */
export function prepareValidators(source: unknown, openapiVersion: '3.0' | '3.1'): ValidatorSetup {
  const document = validatorDocument(source, openapiVersion);
  const unevaluated = usesUnevaluated(document);
  // Across a `$ref` Ajv tracks evaluated properties only at run time; where unevaluated* reads them,
  // schemas stay where the document has them.
  if (!unevaluated) shareSubschemas(document);
  const ajv = createSpecAjv(document, {
    // Arbitrary input documents carry keywords we cannot enumerate; our own specs are held to strict
    // mode by the spec tests, not here.
    strict: false,
    logger: false,
    code: { esm: true, source: true, formats: _`fullFormats`, optimize: 1, process: sourceOnly },
    // Shared components become one function each instead of being inlined at every use (smaller
    // bundles: see `npm run bench`).
    inlineRefs: false,
  });
  // Ajv2020 always tracks which properties and items each function evaluated (`validateN.evaluated`
  // and code in every function); only unevaluatedProperties/unevaluatedItems read it.
  if (!unevaluated) (ajv.opts as { unevaluated?: boolean }).unevaluated = false;
  for (const f of collectFormats(document)) if (!ajv.formats[f]) ajv.addFormat(f, true);
  const docId = registerDocument(ajv, document);
  compileRootWithoutSource(ajv, docId);
  return { document, ajv, docId };
}

/**
 * Ajv2020 standalone ESM: every validator compiled now, so importing the package never compiles a
 * schema. Ajv's standalone output still `require`s its small runtime helpers; they become imports.
 * Names whose schemas are one (a body that is only a `$ref` to a component, a component that is only
 * a `$ref` to another) export one function. Nothing at the top level has a side effect, so a bundler
 * keeps only the validators an application imports.
 */
export function emitValidatorCode(model: ValidatorModelView, setup?: ValidatorSetup): ValidatorCode {
  const targets = model.validators;
  if (targets.length === 0) return { code: NO_VALIDATORS, skipped: [] };
  const { document, ajv, docId } = setup ?? prepareValidators(model.document, model.openapiVersion);

  const groups = new Map<string, { key: string; names: string[]; first: ValidatorModel }>();
  for (const t of targets) {
    const at = schemaOf(document, t.schemaPointer);
    const group = groups.get(at);
    if (group) group.names.push(t.typeName);
    else groups.set(at, { key: '', names: [t.typeName], first: t });
  }
  const fail = (t: ValidatorModel, err: unknown): Error => {
    // Ajv resolves and compiles a schema and everything it references recursively: a chain of some 200
    // nested references (real documents: under 30) runs out of stack, which is the document's doing too.
    const why = err instanceof RangeError ? 'its schema nests, through $refs, too deeply for Ajv to compile' : (err as Error).message;
    return model.source.errorAt(t.schemaPointer, `cannot compile a validator for ${t.typeName}: ${why}`);
  };
  // Every schema stands for one compilation before any is compiled, so a `$ref` compiled first shares it.
  for (const [at, group] of groups) {
    let key: string | undefined;
    try {
      key = shareSchema(ajv, docId, uriFragment(at));
    } catch (err) {
      throw fail(group.first, err);
    }
    if (key === undefined) throw model.source.errorAt(group.first.schemaPointer, `cannot compile a validator for ${group.first.typeName}: no schema at ${at}`);
    group.key = key;
  }
  // Compile one at a time so a schema Ajv cannot handle is reported where it is in the spec. A
  // component schema no body uses is not worth refusing the document for: it goes without a validator.
  const skipped: SkippedValidator[] = [];
  const roles = new Map(targets.map((t) => [t.typeName, t.role]));
  for (const [at, group] of groups) {
    try {
      ajv.getSchema(group.key);
    } catch (err) {
      const error = fail(group.first, err);
      if (!group.names.every((n) => roles.get(n) === 'schema')) throw error;
      skipped.push({ typeNames: group.names, error: error as FuncspecError });
      groups.delete(at);
    }
  }
  if (groups.size === 0) return { code: NO_VALIDATORS, skipped };
  const exports: StandaloneExport[] = [...groups.values()].map(({ key, names }) => ({ key, names }));

  // Ajv's runtime helpers are CommonJS with `exports.default`. Node hands an ESM importer the whole
  // `exports` object as the default, bundlers hand over `exports.default`; specDefault accepts both.
  // Constants read from them are pure calls, so a bundler drops the ones no kept validator uses.
  const imports: string[] = [];
  const modules = new Map<string, string>();
  const moduleOf = (mod: string): string => {
    let id = modules.get(mod);
    if (!id) {
      id = `runtime${modules.size}Module`;
      modules.set(mod, id);
      imports.push(`import * as ${id} from ${jsString(mod.endsWith('.js') ? mod : `${mod}.js`)};`);
    }
    return id;
  };
  const valueCode = (prefix: string, code: string): string => {
    const required = /^require\("([^"]+)"\)\.default$/.exec(code);
    if (required) return `/*#__PURE__*/ specDefault(${moduleOf(required[1]!)})`;
    const format = /^fullFormats(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])$/.exec(code);
    if (format) return `/*#__PURE__*/ specFormat(fullFormats, ${format[1] !== undefined ? jsString(format[1]) : format[2]!})`;
    return pureValue(prefix, code);
  };
  // Ajv's standaloneCode, in linear time (standalone.ts): its own copies the code once per export.
  const built = standaloneValidators(ajv, exports, valueCode);
  const code = built.code;
  // Ajv writes its strings with JSON.stringify, so `require("` in the code is never inside one.
  if (/\brequire\("/.test(code)) throw new Error('Ajv standalone code requires a module in a way funcspec does not rewrite');
  const helpers: string[] = modules.size > 0 ? [SPEC_DEFAULT] : [];
  if (/\bfullFormats\b/.test(code)) {
    imports.push('import { fullFormats } from "ajv-formats/dist/formats.js";');
    helpers.push(SPEC_FORMAT);
  }
  // RE2 for `pattern`, linear `uniqueItems`, the depth guard: what createSpecAjv's code calls (openapi/ajv.ts).
  // The exports are not in `code`: they are written below, after it, each through the guard once.
  const support = standaloneSupport(code);
  if (!support.imports.some((s) => s.includes(`function ${GUARD}(`))) throw new Error(`standaloneSupport no longer defines ${GUARD}`);
  return {
    code: `// Generated by funcspec from ${lineCommentText(model.origin)} with Ajv (standalone). Do not edit.\n${[...imports, ...helpers, ...support.imports].join('\n')}\n${support.code}\n${exportStatements(exports, built.validateNames, GUARD)}`,
    skipped,
  };
}

/**
 * Ajv turns every validator's source into a function with `new Function` as it compiles it; funcspec
 * only writes the source (Ajv keeps it, unprocessed, as `validate.source`). Evaluating 30 MB of code
 * on GitHub's description costs 0.7 s and the memory of every function, so the document's validators
 * are evaluated as a stub. The meta-schemas Ajv checks the document against are evaluated as usual.
 */
function sourceOnly(code: string, env?: { root: { baseId?: string } }): string {
  return env?.root.baseId === SPEC_ID ? 'return function sourceOnly() { throw new Error("funcspec compiles this validator for its source only"); };' : code;
}

/** The pointer of the schema at `pointer` once `$ref`s that are all there is to a schema are followed. */
function schemaOf(document: unknown, pointer: string): string {
  const seen = new Set<string>();
  let at = pointer;
  for (;;) {
    const node = getAtPointer(document, at);
    const target = isObj(node) && Object.keys(node).length === 1 ? refTarget(node.$ref) : undefined;
    if (target === undefined || seen.has(target) || getAtPointer(document, target) === undefined) return at;
    seen.add(at);
    at = target;
  }
}

/** Whether the document uses a keyword that needs Ajv to track evaluated properties or items. */
function usesUnevaluated(document: unknown): boolean {
  return someObject(document, (node) => 'unevaluatedProperties' in node || 'unevaluatedItems' in node);
}
