/**
 * `funcspec drift` on fixture pages written for these tests in the four capture formats (Huawei
 * Chinese stacked and piped, Huawei English, Alibaba English), each a clean transcription of its
 * fixture spec. Every fixture must drift-check clean; then each deliberate edit (a row added,
 * removed, retyped, an enum value added, a range or length changed, a required flag flipped, a
 * default stated, a nested-model row changed, an example changed) must produce exactly its expected
 * report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadErrata, type ErrataRegister } from '../../generator/register/errata.js';
import { parseText } from '../../generator/openapi/document.js';
import { unexplained, type DriftReport } from '../../generator/drift/model.js';
import { runDrift } from '../../generator/drift/run.js';

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const spec = (name: string) => parseText(read(name), `test/drift/fixtures/${name}`);
const register: ErrataRegister = await loadErrata(join(DIR, 'register'));

interface Format {
  file: string;
  spec: string;
  layout: 'stacked' | 'piped';
  yes: string;
  no: string;
  /** A new request-body row `weight` (integer, optional), as the format prints it. */
  weightRow: string;
  requestExamples: string;
}

const WIDGET_FORMATS: Format[] = [
  {
    file: 'widget-zh-stacked.txt',
    spec: 'widget.yaml',
    layout: 'stacked',
    yes: '是',
    no: '否',
    weightRow: '\nweight\n\n否\n\nInteger\n\n参数解释:\n\n挂件的重量。\n',
    requestExamples: '请求示例',
  },
  {
    file: 'widget-zh-piped.txt',
    spec: 'widget.yaml',
    layout: 'piped',
    yes: '是',
    no: '否',
    weightRow: '\nweight |\n否 |\nInteger |\n挂件的重量。 |',
    requestExamples: '请求示例',
  },
  {
    file: 'widget-en-stacked.txt',
    spec: 'widget.yaml',
    layout: 'stacked',
    yes: 'Yes',
    no: 'No',
    weightRow: '\nweight\n\nNo\n\nInteger\n\nWeight of the widget.\n',
    requestExamples: 'Example Requests',
  },
];

/** Where a row starts: its name cell. */
const row = (f: Format, name: string): string => (f.layout === 'stacked' ? `\n${name}\n` : `\n${name} |`);

/** Replace the first `from` after `anchor`; the anchor and the text must exist, so no edit is a silent no-op. */
function after(text: string, anchor: string, from: string | RegExp, to: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`fixture has no ${JSON.stringify(anchor)}`);
  const head = text.slice(0, at + anchor.length);
  const tail = text.slice(at + anchor.length);
  const edited = tail.replace(from, to);
  if (edited === tail) throw new Error(`no ${String(from)} after ${JSON.stringify(anchor)}`);
  return head + edited;
}

/** Drop a row: from its name cell up to `next` (stacked), or its `cells` pipe-ended cells (piped). */
function removeRow(text: string, f: Format, name: string, next: string, cells: number): string {
  const start = text.indexOf(row(f, name));
  if (start < 0) throw new Error(`fixture has no row ${name}`);
  let end: number;
  if (f.layout === 'stacked') end = text.indexOf(`\n${next}`, start + 1);
  else {
    end = start;
    for (let k = 0; k < cells; k++) end = text.indexOf(' |', end + 1) + 2;
  }
  if (end <= start) throw new Error(`cannot find the end of row ${name}`);
  return text.slice(0, start) + text.slice(end);
}

type Expected = Array<[kind: string, at: string, value?: string]>;

interface Edit<F> {
  name: string;
  apply: (text: string, f: F) => string;
  expect: Expected;
}

const WIDGET_EDITS: Array<Edit<Format>> = [
  { name: 'a row added', apply: (t, f) => after(t, '', row(f, 'enabled'), `${f.weightRow}${row(f, 'enabled')}`), expect: [['field-only-on-page', 'request body weight']] },
  { name: 'a row removed', apply: (t, f) => removeRow(t, f, 'tags', 'options', 4), expect: [['field-only-in-spec', 'request body tags']] },
  { name: 'a row retyped', apply: (t, f) => after(t, row(f, 'size'), 'Integer', 'String'), expect: [['type', 'request body size']] },
  {
    name: 'an enum value added',
    apply: (t, f) => after(t, row(f, 'color'), 'blue', f.layout === 'stacked' ? 'blue\n  • purple' : 'blue\n- purple'),
    expect: [['enum-value-only-on-page', 'request body color', 'purple']],
  },
  { name: 'an enum value removed', apply: (t, f) => after(t, row(f, 'color'), /\n\s*[•-] green/, ''), expect: [['enum-value-only-in-spec', 'request body color', 'green']] },
  { name: 'a range changed', apply: (t, f) => after(t, row(f, 'size'), '100', '200'), expect: [['maximum', 'request body size']] },
  { name: 'a length changed', apply: (t, f) => after(t, row(f, 'name'), '64', '80'), expect: [['maxLength', 'request body name']] },
  { name: 'a required flag flipped', apply: (t, f) => after(t, row(f, 'color'), f.no, f.yes), expect: [['required', 'request body color']] },
  { name: 'a nested model row changed', apply: (t, f) => after(t, row(f, 'retries'), '5', '9'), expect: [['maximum', 'request body options.retries']] },
  {
    name: 'a response row removed',
    apply: (t, f) => removeRow(t, f, 'created_at', f.layout === 'stacked' ? (f.yes === '是' ? '表6' : 'Table 6') : '', 3),
    expect: [['field-only-in-spec', 'response 200 body created_at']],
  },
  { name: 'an example changed', apply: (t, f) => after(t, f.requestExamples, /"size"\s*:\s*10/, '"size" : 20'), expect: [['example-changed', 'request examples', 'updateDemo']] },
];

const GADGET_EDITS: Array<Edit<null>> = [
  {
    name: 'a row added',
    apply: (t) => after(t, '', '\nconfig |', '\ncpu | float | No | CPU share of the gadget. | 1.5 |\nconfig |'),
    expect: [['field-only-on-page', 'request body cpu']],
  },
  { name: 'a row removed', apply: (t) => after(t, '', /\ntimeout \|[^\n]*/, ''), expect: [['field-only-in-spec', 'request body timeout']] },
  { name: 'a row retyped', apply: (t) => after(t, '\nmemorySize |', 'integer', 'string'), expect: [['type', 'request body memorySize']] },
  { name: "an array's element retyped", apply: (t) => after(t, '\nlayers |', '\nstring |', '\ninteger |'), expect: [['type', 'request body layers']] },
  { name: 'an enum value added', apply: (t) => after(t, '\nruntime |', 'and custom.', 'custom, and go1.'), expect: [['enum-value-only-on-page', 'request body runtime', 'go1']] },
  { name: 'a range changed', apply: (t) => after(t, '\nmemorySize |', 'Minimum value: 64.', 'Minimum value: 128.'), expect: [['minimum', 'request body memorySize']] },
  { name: 'a required flag flipped', apply: (t) => after(t, '\ndescription |', '| No |', '| Yes |'), expect: [['required', 'request body description']] },
  { name: 'a default stated', apply: (t) => after(t, '\ntimeout |', 'Minimum value: 1.', 'Minimum value: 1. Default value: 30.'), expect: [['default', 'request body timeout']] },
  {
    name: 'an example changed',
    apply: (t) => after(t, 'Sample success responses', '"memorySize": 512', '"memorySize": 1024'),
    expect: [['example-changed', 'response 200 examples', 'sampleSuccess']],
  },
];

function check(file: string, text: string, specFile: string, reg = register): DriftReport {
  return runDrift({ file: `test/drift/fixtures/${file}`, text, specs: [spec(specFile)], register: reg });
}

const keys = (r: DriftReport): Expected =>
  unexplained(r)
    .map((d): Expected[number] => (d.value === undefined ? [d.kind, d.at] : [d.kind, d.at, d.value]))
    .sort();

describe.each(WIDGET_FORMATS)('drift on $file', (f) => {
  const clean = read(f.file);

  it('is clean against its spec, with every table attached', () => {
    const report = check(f.file, clean, f.spec);
    expect(report.drift).toEqual([]);
    expect(report.unattached).toEqual([]);
    expect([report.method, report.path, report.pageId, report.operationId]).toEqual(['PUT', '/v1/{project_id}/widgets/{widget_id}', '901', 'UpdateWidget']);
  });

  it.each(WIDGET_EDITS)('reports $name', (edit) => {
    const text = edit.apply(clean, f);
    expect(text).not.toBe(clean);
    expect(keys(check(f.file, text, f.spec))).toEqual([...edit.expect].sort());
  });
});

describe('drift on gadget-en-piped.txt (Alibaba layout)', () => {
  const clean = read('gadget-en-piped.txt');

  it('is clean against its spec', () => {
    const report = check('gadget-en-piped.txt', clean, 'gadget.yaml');
    expect(report.drift).toEqual([]);
    expect([report.method, report.path, report.pageId]).toEqual(['PUT', '/2020-01-01/gadgets/{gadgetName}', '902']);
  });

  it.each(GADGET_EDITS)('reports $name', (edit) => {
    const text = edit.apply(clean, null);
    expect(text).not.toBe(clean);
    expect(keys(check('gadget-en-piped.txt', text, 'gadget.yaml'))).toEqual([...edit.expect].sort());
  });
});

describe('facts the capture does not carry', () => {
  it('an empty mandatory column (as on pages 000 and 004) is not drift', () => {
    const stripped = read('widget-zh-stacked.txt').replace(/\n(?:是|否)\n/g, '\n');
    const report = check('widget-zh-stacked.txt', stripped, 'widget.yaml');
    expect(report.drift).toEqual([]);
  });

  it("a range the page stops stating is drift only when the page is the spec's one source for it", () => {
    const text = after(read('widget-en-stacked.txt'), '\nsize\n', ' Value range: 1–100.', '');
    expect(keys(check('widget-en-stacked.txt', text, 'widget.yaml'))).toEqual([
      ['maximum', 'request body size'],
      ['minimum', 'request body size'],
    ]);
    const doc = spec('widget.yaml');
    const body = (doc.data as { components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> } }).components.schemas.UpdateWidgetRequestBody!;
    body.properties.size!['x-source'] = ['901 表3', 'sdk widget-sdk WidgetRequest'];
    const report = runDrift({ file: 'widget-en-stacked.txt', text, specs: [doc], register });
    expect(unexplained(report)).toEqual([]);
  });
});

describe('explanations from the errata register', () => {
  it('lists drift a drift: item names as explained, and reports items that match nothing as stale', async () => {
    const reg = await loadErrata(join(DIR, 'register-explains'));
    const text = after(read('widget-zh-stacked.txt'), row(WIDGET_FORMATS[0]!, 'color'), 'blue', 'blue\n  • purple');
    const report = check('widget-zh-stacked.txt', text, 'widget.yaml', reg);
    expect(unexplained(report)).toEqual([]);
    expect(report.drift.map((d) => [d.kind, d.value, d.explainedBy?.id, d.explainedBy?.via])).toEqual([['enum-value-only-on-page', 'purple', 'wg-001', 'drift']]);
    expect(report.stale.map((s) => [s.id, s.at, s.values])).toEqual([['wg-002', 'request body size', undefined]]);
  });

  it('explains a page field the register omits on purpose', async () => {
    const reg = await loadErrata(join(DIR, 'register-explains'));
    const text = after(read('widget-zh-stacked.txt'), '', '\nenabled\n', `${WIDGET_FORMATS[0]!.weightRow}\nenabled\n`);
    const report = check('widget-zh-stacked.txt', text, 'widget.yaml', reg);
    expect(report.drift.map((d) => [d.kind, d.at, d.explainedBy?.id, d.explainedBy?.via])).toEqual([['field-only-on-page', 'request body weight', 'wg-003', 'omits']]);
  });

  it('a drift: item narrowed to values does not explain other values', async () => {
    const reg = await loadErrata(join(DIR, 'register-explains'));
    const text = after(read('widget-zh-stacked.txt'), row(WIDGET_FORMATS[0]!, 'color'), 'blue', 'blue\n  • purple\n  • orange');
    expect(keys(check('widget-zh-stacked.txt', text, 'widget.yaml', reg))).toEqual([['enum-value-only-on-page', 'request body color', 'orange']]);
  });
});
