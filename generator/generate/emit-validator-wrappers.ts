/** validators.ts of a spec: typed `is…`/`validate…` wrappers over the raw validators, and the per-operation map the client uses. */
import { jsDocText } from './jsdoc.js';
import type { SpecModel } from './model.js';
import { renderTemplate } from './render.js';

export function emitValidatorWrappers(model: SpecModel): string {
  const targets = model.validators;
  const byName = new Set(targets.map((t) => t.typeName));
  const operations = model.operations.map((op) => ({
    key: JSON.stringify(op.operationId),
    ...(op.requestBody && byName.has(op.requestBody.typeName) ? { request: op.requestBody.typeName } : {}),
    // The transport validates only answers it returns (2xx, or what `default` covers); error bodies
    // travel inside ApiError. Their validators stay exported for callers, but not in this map.
    responses: op.responses
      .filter((r) => r.body && byName.has(r.body.typeName) && (r.success || r.status === 'default'))
      .map((r) => ({ status: JSON.stringify(r.status), typeName: r.body!.typeName })),
  }));
  const documented = targets.map((t) => ({
    ...t,
    isDoc: jsDocText(`True when \`value\` is a valid {@link ${t.typeName}} (${t.role} body of ${t.operationId}${t.status ? `, status ${t.status}` : ''}).`),
    validateDoc: `Validates a {@link ${t.typeName}}, listing every problem with its JSON pointer and failed rule.`,
  }));
  return renderTemplate('validators.ts', { file: model.file, runtime: model.runtimeImport, targets: documented, operations });
}
