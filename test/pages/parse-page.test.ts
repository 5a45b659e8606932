/** The page parser on synthetic captures of both layouts, and on the real captures in ../shared/docs. */
import { describe, expect, it } from 'vitest';
import type { PageTable, ParsedPage } from '../../generator/pages/page-table.js';
import { parsePage, resolvePageCitation } from '../../generator/pages/parse-page.js';
import { hasDocs, loadDocsPages, NEEDS_DOCS } from '../audit/support.js';

const pages = await loadDocsPages();

function page(id: string): ParsedPage {
  const p = pages.get(id);
  if (!p) throw new Error(`page ${id} not found in ../shared/docs`);
  return p;
}

function table(id: string, label: string): PageTable {
  const t = page(id).tables.find((x) => x.label === label);
  if (!t)
    throw new Error(
      `page ${id} has no table ${label}; it has ${page(id)
        .tables.map((x) => x.label)
        .join(', ')}`,
    );
  return t;
}

const fields = (t: PageTable): string[] => t.rows.map((r) => r.field);
const row = (t: PageTable, field: string) => {
  const r = t.rows.find((x) => x.field === field);
  if (!r) throw new Error(`${t.page} ${t.label} has no field ${field}`);
  return r;
};

describe('parsePage on synthetic captures', () => {
  it('stacked layout: rows by shape, multi-paragraph descriptions, optional mandatory cell', () => {
    const text = [
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
      'runtime',
      '',
      '是',
      '',
      'String',
      '',
      '执行环境。',
      '',
      '枚举值:',
      '',
      '  • Java8',
      '  • Python3.9',
      '',
      'timeout',
      '',
      'Integer',
      '',
      '超时时间。',
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
      'error_code',
      '',
      'String',
      '',
      '错误码',
      '',
      '请求示例',
    ].join('\n');
    const p = parsePage(text, '900');
    expect(p.issues).toEqual([]);
    expect(p.tables.map((t) => [t.label, t.caption, t.kind, t.direction, t.status])).toEqual([
      ['表2', '请求Body参数', 'body', 'request', undefined],
      ['表3', '响应Body参数', 'body', 'response', '200'],
    ]);
    const [body, resp] = p.tables as [PageTable, PageTable];
    expect(body.columns).toEqual(['参数', '是否必选', '参数类型', '描述']);
    expect(body.rows.map((r) => [r.field, r.mandatory, r.type])).toEqual([
      ['runtime', 'yes', 'String'],
      ['timeout', undefined, 'Integer'],
    ]);
    expect(body.rows[0]?.description).toBe('执行环境。\n枚举值:\n• Java8\n• Python3.9');
    expect(body.rows[1]?.description).toBe('超时时间。'); // the 响应参数 heading is not swallowed
    expect(body.rows[0]?.line).toBe(13);
    // A description equal to a section title (错误码) is still the description.
    expect(resp.rows).toEqual([{ field: 'error_code', type: 'String', description: '错误码', line: 44 }]);
  });

  it('stacked layout: a first field named like a header cell (name, type) is a row, not a column', () => {
    const text = ['Table 4 Dependency', '', 'Parameter', '', 'Type', '', 'Description', '', 'name', '', 'String', '', 'Name.', '', 'type', '', 'String', '', 'Kind.'].join('\n');
    const [t] = parsePage(text, '903').tables;
    expect(t?.columns).toEqual(['Parameter', 'Type', 'Description']);
    expect(t?.rows.map((r) => [r.field, r.type, r.description])).toEqual([
      ['name', 'String', 'Name.'],
      ['type', 'String', 'Kind.'],
    ]);
  });

  it('piped layout: one cell per line, multi-line cells, back-to-back tables, 表N numbering, non-parameter tables skipped', () => {
    const text = [
      'URI',
      'POST /v2/{project_id}/x',
      '参数 |',
      '是否必选 |',
      '参数类型 |',
      '描述 |',
      '---|---|---|---|',
      'project_id |',
      '是 |',
      'String |',
      '项目ID。 |',
      '请求参数',
      '参数 |',
      '是否必选 |',
      '参数类型 |',
      '描述 |',
      '---|---|---|---|',
      'type |',
      '否 |',
      'String |',
      '版本。 枚举值:',
      '|',
      'name |',
      '是 |',
      'String |',
      '名称。 |',
      '参数 |',
      '参数类型 |',
      '描述 |',
      '---|---|---|',
      'vpc_id |',
      'String |',
      'VPC。 |',
      '状态码',
      '状态码 |',
      '描述 |',
      '---|---|',
      '200 |',
      'ok |',
    ].join('\n');
    const p = parsePage(text, '901');
    expect(p.issues).toEqual([]);
    expect(p.tables.map((t) => [t.label, t.kind, fields(t)])).toEqual([
      ['表1', 'path', ['project_id']],
      ['表2', 'body', ['type', 'name']],
      ['表3', 'body', ['vpc_id']],
    ]);
    expect(p.tables[1]?.rows[0]).toEqual({ field: 'type', mandatory: 'no', type: 'String', description: '版本。 枚举值:', line: 18 });
    expect(p.skipped.map((s) => s.columns)).toEqual([['状态码', '描述']]);
    expect(p.headings.map((h) => h.text)).toEqual(['URI', 'POST /v2/{project_id}/x', '请求参数', '状态码']);
  });

  it('piped layout on one line per row: lost name cells are flagged, multi-line descriptions make no rows', () => {
    const text = [
      'Request parameters',
      'Parameter | Type | Required | Description | Example |',
      '---|---|---|---|---|',
      'layers | array | No | A list. Note',
      'More text on its own line.',
      '| |',
      'string | No | One item. | name | |',
      'X-Fc-Trace-Id | string | Yes | Trace. | abc |',
      'Response parameters',
    ].join('\n');
    const p = parsePage(text, '902');
    expect(p.issues).toEqual([]);
    const [t] = p.tables;
    expect(t?.label).toBe('Request parameters');
    expect(t?.rows).toEqual([
      { field: 'layers', type: 'array', mandatory: 'no', description: 'A list. Note\nMore text on its own line.', line: 4 },
      { field: '', nameLost: true, type: 'string', mandatory: 'no', description: 'One item.', example: 'name', line: 7 },
      { field: 'X-Fc-Trace-Id', type: 'string', mandatory: 'yes', description: 'Trace.', example: 'abc', line: 8 },
    ]);
  });
});

describe(`parsePage on the real captures${NEEDS_DOCS}`, () => {
  it.skipIf(!hasDocs)('finds every parameter table of every page, and nothing it cannot explain', () => {
    expect([...pages.keys()]).toEqual(['000', '001', '002', '003', '004']);
    expect(Object.fromEntries([...pages].map(([id, p]) => [id, p.tables.length]))).toEqual({ '000': 25, '001': 25, '002': 25, '003': 1, '004': 13 });
    for (const p of pages.values()) expect(p.issues, p.page).toEqual([]);
    // Status-code lists, authorization info and change history are not parameter tables.
    for (const p of pages.values()) for (const t of p.tables) expect(fields(t), `${p.page} ${t.label}`).not.toContain('200');
    expect(page('002').skipped.map((s) => s.columns[0])).toEqual(['状态码']);
    expect(page('003').skipped.map((s) => s.columns[0])).toEqual(['Operation', 'Change time']);
  });

  it.skipIf(!hasDocs)('000 (Chinese, stacked): printed labels, captions, empty 是否必选 column', () => {
    const p = page('000');
    expect(p.tables.map((t) => t.label)).toEqual(Array.from({ length: 25 }, (_, i) => `表${i + 1}`));
    expect(p.tables.slice(0, 13).map((t) => t.caption)).toEqual([
      '路径参数',
      '请求Header参数',
      '请求Body参数',
      'FuncVpc',
      'MountConfig',
      'MountUser',
      'FuncMount',
      'StrategyConfig',
      'CustomImage',
      'FuncLogConfig',
      'NetworkControlConfig',
      'VpcConfig',
      '响应Body参数',
    ]);
    expect(table('000', '表1')).toMatchObject({ kind: 'path', direction: 'request', line: 386 });
    expect(fields(table('000', '表1'))).toEqual(['project_id', 'function_urn']);
    expect(table('000', '表2')).toMatchObject({ kind: 'header', direction: 'request' });
    expect(fields(table('000', '表2'))).toEqual(['X-Auth-Token', 'Content-Type']);
    const body = table('000', '表3');
    expect(body.columns).toEqual(['参数', '是否必选', '参数类型', '描述']);
    expect(body.rows).toHaveLength(35);
    expect(body.rows.every((r) => r.mandatory === undefined)).toBe(true);
    expect(body.rows[0]).toMatchObject({ field: 'func_name', type: 'String', line: 444 });
    expect(body.rows.at(-1)).toMatchObject({ field: 'lts_custom_tag', type: 'Map<String,String>' });
    expect(fields(body)).toEqual(expect.arrayContaining(['gpu_memory', 'gpu_type', 'peering_cidr', 'restore_hook_handler', 'heartbeat_handler']));
    // Enum bullet lists and "最小长度" paragraphs are description, not rows.
    expect(fields(body)).not.toContain('Java8');
    expect(row(body, 'runtime').description).toContain('• Cangjie1.0');
    expect(row(body, 'handler').description).toMatch(/最小长度:3\n最大长度:128$/);
    expect(row(body, 'heartbeat_handler').description).toMatch(/在开启心跳函数配置时,此参数必填。$/);
    expect(row(body, 'func_vpc').type).toBe('FuncVpc object');
    expect(row(table('000', '表5'), 'func_mounts').type).toBe('Array of FuncMount objects');
    const resp = table('000', '表13');
    expect(resp).toMatchObject({ kind: 'body', direction: 'response', status: '200', columns: ['参数', '参数类型', '描述'] });
    expect(resp.rows).toHaveLength(51);
    expect(fields(resp).filter((f) => f === 'enable_auth_in_header')).toHaveLength(2); // the page lists it twice
    expect(table('000', '表19').caption).toBe('Dependency');
    expect(p.tables.slice(20).map((t) => [t.status, fields(t)])).toEqual(['400', '401', '403', '404', '500'].map((s) => [s, ['error_code', 'error_msg']]));
    expect(row(table('000', '表21'), 'error_code').description).toBe('错误码');
  });

  it.skipIf(!hasDocs)('001 (English, stacked): Table N labels and Yes/No values', () => {
    const p = page('001');
    expect(p.tables.map((t) => t.label)).toEqual(Array.from({ length: 25 }, (_, i) => `Table ${i + 1}`));
    expect(table('001', 'Table 1')).toMatchObject({ caption: 'Path Parameters', kind: 'path' });
    expect(table('001', 'Table 1').rows.map((r) => [r.field, r.mandatory])).toEqual([
      ['project_id', 'yes'],
      ['function_urn', 'yes'],
    ]);
    expect(table('001', 'Table 2')).toMatchObject({ caption: 'Request header parameters', kind: 'header' });
    const body = table('001', 'Table 3');
    expect(body.rows).toHaveLength(31);
    expect(['func_name', 'runtime', 'timeout', 'handler', 'memory_size'].map((f) => row(body, f).mandatory)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes']);
    expect(row(body, 'user_data').mandatory).toBe('no');
    expect(row(body, 'user_data').description?.split('\n')).toHaveLength(3);
    // 000 has these, the older 001 does not.
    for (const f of ['gpu_memory', 'gpu_type', 'peering_cidr', 'lts_custom_tag']) expect(fields(body)).not.toContain(f);
    const vpc = table('001', 'Table 4');
    expect(vpc.caption).toBe('FuncVpc');
    expect(vpc.rows.filter((r) => r.mandatory === 'yes').map((r) => r.field)).toEqual(['vpc_id', 'subnet_id']);
    expect(table('001', 'Table 6').rows.map((r) => [r.field, r.mandatory, r.type])).toEqual([
      ['user_id', 'yes', 'String'],
      ['user_group_id', 'yes', 'String'],
    ]);
    expect(row(table('001', 'Table 8'), 'concurrency').description).toContain('-1: The function has unlimited instances.');
    expect(row(table('001', 'Table 12'), 'vpc_id').description).toBe('VPC ID.'); // headings after the table are not swallowed
    expect(table('001', 'Table 13')).toMatchObject({ direction: 'response', status: '200', columns: ['Parameter', 'Type', 'Description'] });
    expect(table('001', 'Table 13').rows).toHaveLength(47);
    expect(table('001', 'Table 13').rows.every((r) => r.mandatory === undefined)).toBe(true);
    expect(table('001', 'Table 25')).toMatchObject({ status: '500' });
  });

  it.skipIf(!hasDocs)('002 (Chinese, piped, no labels): tables numbered 表1.. in order of appearance', () => {
    const p = page('002');
    expect(p.tables.map((t) => t.label)).toEqual(Array.from({ length: 25 }, (_, i) => `表${i + 1}`));
    expect(p.tables.every((t) => t.caption === undefined)).toBe(true);
    expect(table('002', '表1')).toMatchObject({ kind: 'path', direction: 'request', line: 8 });
    expect(table('002', '表1').rows).toEqual([expect.objectContaining({ field: 'project_id', mandatory: 'yes', type: 'String', line: 13 })]);
    expect(table('002', '表2')).toMatchObject({ kind: 'header' });
    expect(table('002', '表2').rows.map((r) => [r.field, r.mandatory])).toEqual([
      ['X-Auth-Token', 'yes'],
      ['Content-Type', 'yes'],
    ]);
    const body = table('002', '表3');
    expect(body).toMatchObject({ kind: 'body', direction: 'request', line: 31 });
    expect(body.rows).toHaveLength(31);
    expect(body.rows.filter((r) => r.mandatory === 'yes').map((r) => r.field)).toEqual(['func_name', 'package', 'runtime', 'timeout', 'handler', 'memory_size']);
    expect(row(body, 'func_code')).toMatchObject({ mandatory: 'no', type: 'FuncCode object' });
    expect(row(body, 'runtime').description).toMatch(/枚举值:$/); // cell closed by a lone "|" line
    expect(row(body, 'type').description).toMatch(/缺省值:v2 枚举值:$/);
    expect(body.rows.at(-1)?.field).toBe('enable_dynamic_memory');
    // The order of the model tables is the page's, not 000's: FuncVpc, CustomImage, MountConfig, ...
    expect(fields(table('002', '表4'))).toEqual(['domain_id', 'namespace', 'vpc_name', 'vpc_id', 'subnet_name', 'subnet_id', 'cidr', 'gateway', 'security_groups']);
    expect(fields(table('002', '表5'))).toEqual(['enabled', 'image', 'command', 'args', 'working_dir', 'uid', 'gid']);
    expect(fields(table('002', '表6'))).toEqual(['mount_user', 'func_mounts']);
    expect(fields(table('002', '表7'))).toEqual(['user_id', 'user_group_id']);
    expect(fields(table('002', '表10'))).toEqual(['disable_public_network', 'trigger_access_vpcs']);
    const resp = table('002', '表11');
    expect(resp).toMatchObject({ direction: 'response', status: '200', columns: ['参数', '参数类型', '描述'] });
    expect(resp.rows).toHaveLength(59);
    expect(fields(resp)).toEqual(expect.arrayContaining(['reserved_instance_count', 'is_bridge_function', 'apig_route_enable', 'allow_ephemeral_storage']));
    expect(fields(table('002', '表17'))).toContain('dep_id');
    expect(p.tables.slice(19).map((t) => [t.label, t.status, fields(t)])).toEqual(
      ['400', '401', '403', '404', '500', '503'].map((s, i) => [`表${20 + i}`, s, ['error_code', 'error_msg']]),
    );
    expect(p.headings.map((h) => h.text)).toEqual(expect.arrayContaining(['URI', '请求参数', '响应参数', '请求示例']));
  });

  it.skipIf(!hasDocs)('003 (English, piped rows on one line): one Request parameters table with two nameless rows', () => {
    const p = page('003');
    const t = table('003', 'Request parameters');
    expect(p.tables).toEqual([t]);
    expect(t).toMatchObject({ kind: 'body', direction: 'request', line: 23, columns: ['Parameter', 'Type', 'Required', 'Description', 'Example'] });
    expect(t.rows).toHaveLength(25);
    expect(t.rows.every((r) => r.mandatory === 'no')).toBe(true);
    expect(t.rows[0]).toMatchObject({ field: 'functionUpdateFields', type: 'object' });
    expect(fields(t)).toContain('InstanceConcurrency');
    expect(fields(t)).not.toContain('instanceConcurrency');
    const lost = t.rows.filter((r) => r.nameLost);
    expect(lost.map((r) => [r.field, r.type, r.example, r.line])).toEqual([
      ['', 'string', 'layername', 32],
      ['', 'string', '{"key":"value"}', 35],
    ]);
    expect(t.rows[t.rows.indexOf(lost[0]!) - 1]?.field).toBe('layers');
    expect(t.rows[t.rows.indexOf(lost[1]!) - 1]?.field).toBe('environmentVariables');
    expect(row(t, 'layers').description).toMatch(/^A list of layers\. Note\nMultiple layers/);
    expect(row(t, 'code').description).toMatch(/\*\*\*\*$/);
    expect(row(t, 'instanceType')).toMatchObject({ description: 'The instance type of the function. Valid values:', example: 'e1' });
    expect(row(t, 'cpu')).toMatchObject({ type: 'float', example: '1.5' });
    expect(row(t, 'gpuMemorySize').line).toBe(53);
    for (const h of ['Request syntax', 'Request parameters', 'Sample success responses', 'Response parameters']) expect(resolvePageCitation(pages, '003', h), h).toBeDefined();
  });

  it.skipIf(!hasDocs)('004 (Chinese, stacked, 参数解释 blocks): 13 tables, fields of the code update', () => {
    const p = page('004');
    expect(p.tables.map((t) => [t.label, t.caption])).toEqual([
      ['表1', '路径参数'],
      ['表2', '请求Header参数'],
      ['表3', '请求Body参数'],
      ['表4', 'FuncCode'],
      ['表5', '响应Body参数'],
      ['表6', 'FuncCode'],
      ['表7', 'StrategyConfig'],
      ['表8', 'Dependency'],
      ['表9', '响应Body参数'],
      ['表10', '响应Body参数'],
      ['表11', '响应Body参数'],
      ['表12', '响应Body参数'],
      ['表13', '响应Body参数'],
    ]);
    expect(fields(table('004', '表3'))).toEqual(['code_type', 'code_url', 'code_filename', 'func_code', 'depend_version_list', 'code_encrypt_kms_key_id']);
    expect(table('004', '表3').rows.every((r) => r.mandatory === undefined)).toBe(true);
    expect(row(table('004', '表3'), 'code_type').description).toMatch(/^参数解释:\n函数代码类型/);
    expect(fields(table('004', '表4'))).toEqual(['file', 'link']);
    const resp = table('004', '表5');
    expect(resp).toMatchObject({ direction: 'response', status: '200' });
    expect(resp.rows).toHaveLength(17);
    expect(row(resp, 'status').type).toBe('Integer');
    expect(row(resp, 'runtime').description).toContain('Java17'); // 004 lists more runtimes
    expect(row(table('004', '表8'), 'runtime').description).toContain('• Cangjie0.52.3');
    expect(p.tables.slice(8).map((t) => t.status)).toEqual(['400', '401', '403', '404', '500']);
  });
});
