/** validators.ts of a spec: typed `is…`/`validate…` wrappers over the raw validators (every component schema and body), and the per-operation map the client uses. */
import type { WrapperView } from './model.js';
import { renderTemplate } from './render.js';

export function emitValidatorWrappers(model: WrapperView): string {
  const targets = model.validators;
  const byName = new Set(targets.map((t) => t.typeName));
  const operations = model.operations.map((op) => ({
    operationId: op.operationId,
    ...(op.requestBody && byName.has(op.requestBody.typeName) ? { request: op.requestBody.typeName } : {}),
    // The transport validates only answers it returns (2xx, or what `default` covers); error bodies
    // travel inside ApiError. Their validators stay exported for callers, but not in this map.
    responses: op.responses
      .filter((r) => r.body && byName.has(r.body.typeName) && (r.success || r.status === 'default'))
      .map((r) => ({ status: r.status, typeName: r.body!.typeName })),
  }));
  const documented = targets.map((t) => ({
    ...t,
    isName: `is${t.typeName}`,
    validateName: `validate${t.typeName}`,
    isDoc: `True when \`value\` is a valid {@link ${t.typeName}} (${t.role === 'schema' ? 'a component schema' : `${t.role} body of ${t.operationId ?? ''}${t.status ? `, status ${t.status}` : ''}`}).`,
    validateDoc: `Validates a {@link ${t.typeName}}, listing every problem with its JSON pointer and failed rule.`,
  }));
  return renderTemplate('validators.ts', {
    file: model.origin,
    runtimeValidation: `${model.runtimeImport}/validation.js`,
    runtimeHttp: `${model.runtimeImport}/http.js`,
    targets: documented,
    operations,
  });
}
