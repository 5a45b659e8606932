/**
 * Where in the spec a type-check error of the generated types.ts comes from: openapi-typescript
 * mirrors the document (`components.schemas.X`, `paths[p][method]`, `operations[id]`) and the named
 * exports carry schema names, so the declaration around the error names the node at fault.
 */
import ts from 'typescript';
import { pointer } from '../openapi/pointer.js';
import type { SpecModel } from './model.js';

/** The names of the property signatures (and the type alias) enclosing `position`, outermost first. */
function enclosingNames(source: ts.SourceFile, position: number): string[] {
  const names: string[] = [];
  let node: ts.Node = source;
  for (;;) {
    const inner: ts.Node | undefined = node.forEachChild((c) => (c.pos <= position && position < c.end ? c : undefined));
    if (!inner) return names;
    if (
      (ts.isPropertySignature(inner) || ts.isTypeAliasDeclaration(inner) || ts.isInterfaceDeclaration(inner)) &&
      (ts.isIdentifier(inner.name) || ts.isStringLiteral(inner.name))
    ) {
      names.push(inner.name.text);
    }
    node = inner;
  }
}

/** JSON pointer of the spec node behind a position in the generated types.ts, when it can be told. */
export function specPointerAt(model: SpecModel, source: ts.SourceFile, position: number): string | undefined {
  const [top, a, b] = enclosingNames(source, position);
  if (top === 'components' && a !== undefined && b !== undefined) return pointer('components', a, b);
  if (top === 'paths' && a !== undefined) return b === undefined ? pointer('paths', a) : pointer('paths', a, b);
  if (top === 'operations' && a !== undefined) return model.operations.find((o) => o.operationId === a)?.pointer;
  const schema = model.schemas.find((s) => s.typeName === top || `${s.typeName}Writable` === top);
  return schema?.pointer;
}
