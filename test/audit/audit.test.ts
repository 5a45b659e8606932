/**
 * The audit machinery itself, on synthetic pages, documents and registers (no dependence on the
 * specs being written or on ../shared/docs): the register references, the example audit, the
 * inventory and the x-source checks must each catch what they are meant to catch.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditExamples } from '../../generator/audit/example-audit.js';
import { checkErrataReferences } from '../../generator/audit/errata-references.js';
import { loadErrata, registerSdkPackages, type ErrataEntry, type ErrataRegister } from '../../generator/register/errata.js';
import { checkPageInventory, collectCitedNames, formatProblem } from '../../generator/audit/inventory.js';
import { parsePage } from '../../generator/pages/parse-page.js';
import { checkCitations, checkXSourcePresence } from '../../generator/audit/x-source.js';
import { validateExamples } from '../../generator/openapi/validate-examples.js';

// The register fixtures of the loader tests serve here as a well-formed register to audit against.
const fixture = (name: string): string => fileURLToPath(new URL(`../register/fixtures/${name}`, import.meta.url));

const PAGE_900 = [
  'URI',
  '',
  'POST /things/{thing_id}',
  '',
  '表1 路径参数',
  '',
  '参数',
  '',
  '是否必选',
  '',
  '参数类型',
  '',
  '描述',
  '',
  'thing_id',
  '',
  '是',
  '',
  'String',
  '',
  '物品ID。',
  '',
  '请求参数',
  '',
  '表2 请求Body参数',
  '',
  '参数',
  '',
  '是否必选',
  '',
  '参数类型',
  '',
  '描述',
  '',
  'name',
  '',
  '是',
  '',
  'String',
  '',
  '名称。',
  '',
  'user_id',
  '',
  '否',
  '',
  'String',
  '',
  '用户ID。',
  '',
  'legacy_flag',
  '',
  '否',
  '',
  'Boolean',
  '',
  '旧开关。',
  '',
  'tags',
  '',
  '否',
  '',
  'Array of strings',
  '',
  '标签。',
  '',
  '响应参数',
  '',
  '状态码: 200',
  '',
  '表3 响应Body参数',
  '',
  '参数',
  '',
  '参数类型',
  '',
  '描述',
  '',
  'id',
  '',
  'String',
  '',
  '标识。',
  '',
  '请求示例',
].join('\n');

const PAGE_901 = [
  'Request parameters',
  'Parameter | Type | Required | Description | Example |',
  '---|---|---|---|---|',
  'layers | array | No | Layers. | |',
  'string | No | One layer. | l1 | |',
  'env | object | No | Variables. | |',
  'string | No | One value. | v | |',
  'Response parameters',
].join('\n');

const page900 = parsePage(PAGE_900, '900');
const page901 = parsePage(PAGE_901, '901');
const pages = new Map([
  ['900', page900],
  ['901', page901],
]);

// Loosely typed so the tests can reach into the demo document and break it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to write anything anywhere
type Json = Record<string, any>;

function demoDoc(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'demo', version: '1' },
    paths: {
      '/things/{thing_id}': {
        post: {
          operationId: 'CreateThing',
          'x-source': '900 URI',
          parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'string' }, 'x-source': '900 表1' }],
          requestBody: {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Body' },
                examples: { withNumber: { value: { name: 'a', user_id: -1 } }, plain: { value: { name: 'b' } } },
              },
            },
          },
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Resp' }, examples: { created: { value: {} } } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Body: {
          type: 'object',
          'x-source': '900 表2',
          required: ['name'],
          properties: {
            name: { type: 'string', 'x-source': '900 表2' },
            user_id: { type: 'string', 'x-source': ['900 表2', 'sdk @demo/sdk Client.create'] },
            tags: { type: 'array', items: { type: 'string' } },
          },
        },
        Resp: { type: 'object', 'x-source': '900 表3', required: ['id'], properties: { id: { type: 'string', 'x-source': '900 表3' } } },
      },
    },
  };
}

const okRegister = await loadErrata(fixture('errata-ok'));

function withEntries(reg: ErrataRegister, edit: (e: ErrataEntry[]) => ErrataEntry[]): ErrataRegister {
  return { files: reg.files, entries: edit(structuredClone(reg.entries)) };
}

describe('errata references', () => {
  it('checks what the register points at', () => {
    const specs = new Map([['demo/demo.yaml', demoDoc()]]);
    expect(checkErrataReferences(okRegister, { specs, pages })).toEqual([]);
    const broken = withEntries(okRegister, (es) => {
      es[0]!.examples[0]!.name = 'nope';
      es[1]!.examples[0]!.spec = 'demo/missing.yaml';
      es[1]!.omits.push({ page: '900', table: '表9', field: 'x' }, { page: '900', table: '表2', field: 'nope' }, { page: '999', table: '表1', field: 'x' });
      return es;
    });
    const problems = checkErrataReferences(broken, { specs, pages });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toContain(
      't-001: example demo/demo.yaml CreateThing:nope:request does not exist (the operation has: withNumber:request, plain:request, created:response (200))',
    );
    expect(problems.join('\n')).toContain('t-002: example names spec demo/missing.yaml, which does not exist under spec/');
    expect(problems.join('\n')).toContain('t-002: omits 900 表9 x: page 900 has no table "表9" (it has: 表1, 表2, 表3)');
    expect(problems.join('\n')).toContain('t-002: omits 900 表2 nope: the table has no field "nope"');
    expect(problems.join('\n')).toContain('t-002: omits 999 表1 x: no page 999 in the docs');
  });
});

describe('example audit', () => {
  it('accepts registered examples failing exactly as predicted', () => {
    expect(auditExamples('demo/demo.yaml', validateExamples(demoDoc()), okRegister)).toEqual([]);
  });

  it('fails when a registered example fails differently, or validates now', () => {
    const doc = demoDoc();
    doc.paths['/things/{thing_id}'].post.requestBody.content['application/json'].examples.withNumber.value.user_id = '-1';
    doc.paths['/things/{thing_id}'].post.responses['200'].content['application/json'].examples.created.value = { id: 5 };
    const problems = auditExamples('demo/demo.yaml', validateExamples(doc), okRegister).map((p) => p.message);
    expect(problems).toEqual([
      expect.stringMatching(/^CreateThing:withNumber:request: erratum t-001 \(.*errata\.yaml:2\) predicts \[\/user_id type\] but it now validates/),
      expect.stringMatching(/^CreateThing:created:response \(200\): erratum t-002 .* predicts \[\/ required\] but it fails with \[\/id type\]$/),
    ]);
  });

  it('fails on an unregistered failing example and on a register block naming no example', () => {
    const doc = demoDoc();
    doc.paths['/things/{thing_id}'].post.requestBody.content['application/json'].examples.plain.value = {};
    delete doc.paths['/things/{thing_id}'].post.responses['200'].content['application/json'].examples.created;
    const problems = auditExamples('demo/demo.yaml', validateExamples(doc), okRegister).map((p) => p.message);
    expect(problems).toEqual([
      "CreateThing:plain:request fails and no erratum registers it:\n    / required: must have required property 'name'",
      expect.stringMatching(/t-002: example demo\/demo\.yaml CreateThing:created:response \(200\) does not exist$/),
    ]);
  });
});

describe('inventory', () => {
  const run = (doc: Json, reg: ErrataRegister = okRegister, page = page900): string[] => checkPageInventory(page, collectCitedNames(doc), reg).map(formatProblem);

  it("passes when every field is present or waived; a property counts through its own or its schema's citation", () => {
    expect(run(demoDoc())).toEqual([]); // tags has no x-source of its own; Body cites 表2
  });

  it('reports every missing field with page, table, line and name', () => {
    const doc = demoDoc();
    delete doc.components.schemas.Body.properties.name;
    delete doc.components.schemas.Resp['x-source'];
    delete doc.components.schemas.Resp.properties.id['x-source'];
    expect(run(doc)).toEqual([
      '900 表2 (line 35) name: not in the spec as a property citing "900 表2", and not in the register\'s omits',
      '900 表3 (line 79) id: not in the spec as a property citing "900 表3", and not in the register\'s omits',
    ]);
  });

  it('checks the kind: a path-parameter field is not satisfied by a body property', () => {
    const doc = demoDoc();
    doc.paths['/things/{thing_id}'].post.parameters = [];
    doc.components.schemas.Body.properties.thing_id = { type: 'string', 'x-source': '900 表1' };
    expect(run(doc)).toEqual(['900 表1 (line 15) thing_id: found only as a property citing "900 表1"; a path table\'s field must be an in: path parameter']);
  });

  it('rejects a stale waiver and a waiver of a field the table does not have', () => {
    const doc = demoDoc();
    doc.components.schemas.Body.properties.legacy_flag = { type: 'boolean', 'x-source': '900 表2' };
    const reg = withEntries(okRegister, (es) => {
      es[1]!.omits.push({ page: '900', table: '表2', field: 'ghost' });
      return es;
    });
    expect(run(doc, reg)).toEqual([
      expect.stringMatching(/^900 表2 \(line 51\) legacy_flag: stale waiver: t-002 \(.*errata\.zz\.part\.yaml:1\) omits it, but the spec has it$/),
      expect.stringMatching(/^900 表2 \(line 25\) ghost: waiver t-002 .* names a field the table does not have$/),
    ]);
  });

  it('accounts for nameless rows through items / additionalProperties of the row above', () => {
    const doc: Json = {
      components: {
        schemas: {
          Req: {
            type: 'object',
            'x-source': '901 Request parameters',
            properties: {
              layers: { type: 'array', 'x-source': '901 Request parameters', items: { type: 'string', 'x-source': '901 Request parameters' } },
              env: { type: 'object', 'x-source': '901 Request parameters', additionalProperties: { type: 'string' } },
            },
          },
        },
      },
    };
    expect(run(doc, okRegister, page901)).toEqual([
      '901 Request parameters (line 7) <nameless row>: row without a name (type string) after "env": expected items or additionalProperties of property "env" citing "901 Request parameters"',
    ]);
    doc.components.schemas.Req.properties.env.additionalProperties['x-source'] = '901 Request parameters';
    expect(run(doc, okRegister, page901)).toEqual([]);
  });
});

describe('x-source checks', () => {
  it('finds nodes without x-source, at any depth', () => {
    const doc = demoDoc();
    doc.components.schemas.Body.properties.tags.items = { type: 'object', properties: { deep: { type: 'string' } } };
    delete doc.paths['/things/{thing_id}'].post['x-source'];
    expect(checkXSourcePresence(doc)).toEqual([
      { pointer: '/paths/~1things~1{thing_id}/post', message: 'operation has no x-source' },
      { pointer: '/components/schemas/Body/properties/tags', message: 'property has no x-source' },
      { pointer: '/components/schemas/Body/properties/tags/items/properties/deep', message: 'property has no x-source' },
    ]);
  });

  it('exempts a condition restating a defined field, not a field a branch adds', () => {
    const doc = demoDoc();
    const body = doc.components.schemas.Body;
    body.anyOf = [{ not: { required: ['name'], properties: { name: { const: 'x' } } } }, { required: ['user_id'] }];
    body.allOf = [{ if: { properties: { user_id: { const: '0' } } }, then: { properties: { extra: { type: 'string' } } } }];
    body.oneOf = [{ properties: { variant_a: { type: 'string' } } }];
    expect(checkXSourcePresence(doc).map((p) => p.pointer)).toEqual([
      '/components/schemas/Body/properties/tags',
      '/components/schemas/Body/allOf/0/then/properties/extra',
      '/components/schemas/Body/oneOf/0/properties/variant_a',
    ]);
  });

  it('resolves citations against page tables and headings, and SDK citations against the register', () => {
    const doc = demoDoc();
    expect(checkCitations(doc, pages, registerSdkPackages(okRegister))).toEqual([]);
    doc.components.schemas.Body.properties.name['x-source'] = ['900 表9', '900 表2 name', '902 表1', 'sdk @other/pkg Model', '900表2'];
    doc.components.schemas.Resp['x-source'] = 42;
    expect(checkCitations(doc, pages, registerSdkPackages(okRegister)).map((p) => p.message)).toEqual([
      '"900 表9": page 900 has no table or section "表9" (tables: 表1, 表2, 表3)',
      '"900 表2 name": page 900 has no table or section "表2 name" (tables: 表1, 表2, 表3)',
      '"902 表1": there is no page 902 in the docs',
      '"sdk @other/pkg Model": SDK package @other/pkg is not listed in the errata register (no entry names "sdk @other/pkg <symbol>")',
      '"900表2" is neither "<page> <table>" (e.g. "004 表3") nor "sdk <npm package> <symbol>"',
      'x-source must be a string or a non-empty list of strings, not 42',
    ]);
  });
});
