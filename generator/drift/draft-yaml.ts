/**
 * `funcspec drift --draft`: the page read as an OpenAPI 3.1 fragment (one path item, its
 * components), a head start for transcribing a new page. Every node cites its table in `x-source`.
 * Descriptions are left for the transcriber to write in their own words (vendor prose stays out of
 * the spec); names, types, flags, enums, ranges and examples are carried over as facts.
 */
import { stringify } from 'yaml';
import type { DraftField, DraftOperation, DraftTable } from '../pages/page-operation.js';
import type { PageType } from '../pages/page-type.js';
import { STATED_BOUND_KEYWORDS } from '../pages/row-facts.js';

type Obj = Record<string, unknown>;

class Components {
  readonly schemas: Record<string, Obj> = {};
  private readonly byTable = new Map<DraftTable['table'], string>();
  constructor(private readonly page: string) {}

  /** The component name of a model table, creating it on first use. */
  name(t: DraftTable, fallback: string, suffix: string): string {
    const known = this.byTable.get(t.table);
    if (known) return known;
    let name = t.model ?? fallback;
    if (this.schemas[name]) name = `${name}${suffix}`;
    for (let i = 2; this.schemas[name]; i++) name = `${t.model ?? fallback}${suffix}${i}`;
    this.byTable.set(t.table, name);
    this.schemas[name] = {}; // reserved before the fields, so a model that refers to itself terminates
    this.schemas[name] = this.object(t, suffix);
    return name;
  }

  object(t: DraftTable, suffix: string): Obj {
    const required = t.fields.filter((f) => f.required).map((f) => f.name);
    return {
      type: 'object',
      'x-source': `${this.page} ${t.table.label}`,
      ...(t.guessed ? { 'x-funcspec-todo': `the page prints no model name over ${t.table.label}; ${t.model ?? 'this name'} is a guess from the order of the tables` } : {}),
      ...(required.length ? { required } : {}),
      properties: Object.fromEntries(t.fields.map((f) => [f.name, this.field(f, suffix)])),
    };
  }

  /** A property: its schema, citing the row's table. */
  field(f: DraftField, suffix: string): Obj {
    return { ...this.schema(f, suffix), 'x-source': `${this.page} ${f.table.label}` };
  }

  schema(f: DraftField, suffix: string): Obj {
    const schema = f.type ? this.type(f.type, f, suffix) : { 'x-funcspec-todo': `type cell ${JSON.stringify(f.typeCell ?? '')} not understood` };
    if (f.facts.enum) schema.enum = f.facts.enum.value.map((v) => this.typed(f, v));
    for (const kw of STATED_BOUND_KEYWORDS) if (f.facts[kw]) schema[kw] = f.facts[kw]!.value;
    if (f.facts.default) schema.default = this.typed(f, f.facts.default.value);
    return schema;
  }

  /** A stated value as the field's type spells it: `512` is a number in an Integer row. */
  typed(f: DraftField, v: string): unknown {
    const numeric = f.type?.type === 'integer' || f.type?.type === 'number';
    if (numeric && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    if (f.type?.type === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
    return v;
  }

  type(t: PageType, f: DraftField, suffix: string): Obj {
    if (t.type === 'array') return { type: 'array', ...(t.items ? { items: this.type(t.items, f, suffix) } : {}) };
    if (t.values) return { type: 'object', additionalProperties: this.type(t.values, f, suffix) };
    if (t.model) {
      if (f.model && (f.model.model === t.model || !t.items)) return { $ref: `#/components/schemas/${this.name(f.model, t.model, suffix)}` };
      return { type: 'object', 'x-funcspec-todo': `model ${t.model} is not detailed on the page` };
    }
    return { type: t.type, ...(t.format ? { format: t.format } : {}) };
  }
}

export function draftYaml(draft: DraftOperation): string {
  const c = new Components(draft.page);
  const parameters: Obj[] = [];
  const responses: Record<string, Obj> = {};
  let requestBody: Obj | undefined;
  const examples = (direction: 'request' | 'response', status?: string): Obj | undefined => {
    const list = draft.examples.filter((e) => e.direction === direction && e.status === status && e.error === undefined);
    return list.length ? Object.fromEntries(list.map((e, i) => [`example${i + 1}`, { summary: `TODO (the example at line ${e.line})`, value: e.value }])) : undefined;
  };
  for (const part of draft.parts) {
    if (part.direction === 'request' && part.part !== 'body') {
      for (const f of part.root.fields)
        parameters.push({
          name: f.name,
          in: part.part,
          ...(part.part === 'path' || f.required ? { required: true } : {}),
          'x-source': `${draft.page} ${f.table.label}`,
          schema: c.schema(f, ''),
        });
    } else if (part.direction === 'request') {
      const ex = examples('request');
      requestBody = {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${c.name(part.root, 'RequestBody', '')}` }, ...(ex ? { examples: ex } : {}) } },
      };
    } else {
      const status = part.status ?? 'default';
      const r = (responses[status] ??= { description: 'TODO', 'x-source': `${draft.page} ${part.root.table.label}` });
      if (part.part === 'header')
        r.headers = Object.fromEntries(part.root.fields.map((f) => [f.name, { 'x-source': `${draft.page} ${f.table.label}`, schema: c.schema(f, 'Response') }]));
      else {
        const ex = examples('response', status);
        r.content = { 'application/json': { schema: { $ref: `#/components/schemas/${c.name(part.root, `Response${status}Body`, 'Response')}` }, ...(ex ? { examples: ex } : {}) } };
      }
    }
  }
  // A status shown only by an example (003 prints no response table) still gets its response.
  for (const status of new Set(draft.examples.filter((e) => e.direction === 'response' && e.status).map((e) => e.status!))) {
    if (responses[status]) continue;
    const ex = examples('response', status);
    if (ex) responses[status] = { description: 'TODO', content: { 'application/json': { examples: ex } } };
  }
  const operation: Obj = {
    'x-source': `${draft.page} URI`,
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
  const fragment = { paths: { [draft.path]: { [draft.method.toLowerCase()]: operation } }, components: { schemas: c.schemas } };
  const header = [
    `# Draft transcribed by \`funcspec drift --draft\` from page ${draft.page} (${draft.method} ${draft.path}).`,
    '# Write the descriptions, an operationId and the response descriptions; check every x-funcspec-todo.',
    ...(draft.unattached.length ? [`# Model tables no row references: ${draft.unattached.map((t) => `${t.label} (line ${t.line})`).join(', ')}`] : []),
  ];
  return `${header.join('\n')}\n${stringify(fragment, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
