/**
 * The five vendor pages in ../shared/docs against the curated specs: no unexplained drift, and no
 * register `drift:` item left that explains nothing. Page 001 (2024-11-07) is checked against the
 * snapshot of that date; 001 against the current spec must show what the next revision added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerDrift } from '../../generator/register/errata.js';
import { formatDriftText } from '../../generator/drift/format/text.js';
import { unexplained, type DriftReport } from '../../generator/drift/model.js';
import { runDrift } from '../../generator/drift/run.js';
import { DOCS_DIR, hasDocs, loadRegister, loadSpecs, NEEDS_DOCS } from '../audit/support.js';

const specs = await loadSpecs();
const reg = await loadRegister();
const CURRENT = ['huaweicloud/functiongraph-v2.yaml', 'aliyun/fc-2021-04-06.yaml'];
const SNAPSHOT = 'snapshots/functiongraph-v2@2024-11-07.yaml';

const PAGES: Array<{ page: string; against: string[]; operationId: string }> = [
  { page: '000', against: CURRENT, operationId: 'UpdateFunctionConfig' },
  { page: '001', against: [SNAPSHOT], operationId: 'UpdateFunctionConfig' },
  { page: '002', against: CURRENT, operationId: 'CreateFunction' },
  { page: '003', against: CURRENT, operationId: 'UpdateFunction' },
  { page: '004', against: CURRENT, operationId: 'UpdateFunctionCode' },
];

function pageFile(id: string): string {
  const name = readdirSync(DOCS_DIR).find((f) => f.startsWith(`${id}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`no capture ${id}_*.txt in ${DOCS_DIR}`);
  return join(DOCS_DIR, name);
}

function check(id: string, against: readonly string[]): DriftReport {
  if (!reg.register) throw new Error(`register unreadable: ${reg.error}`);
  const file = pageFile(id);
  return runDrift({ file: file.split('/').pop()!, text: readFileSync(file, 'utf8'), specs: against.map((s) => specs.docs.get(s)!), register: reg.register });
}

describe(`the real pages${NEEDS_DOCS}`, () => {
  it.skipIf(!hasDocs).each(PAGES)('page $page drift-checks clean against its spec ($operationId)', ({ page, against, operationId }) => {
    const report = check(page, against);
    expect(report.operationId).toBe(operationId);
    expect(unexplained(report), formatDriftText(report)).toEqual([]);
    expect(report.stale, formatDriftText(report)).toEqual([]);
    expect(report.unattached).toEqual([]);
  });

  it.skipIf(!hasDocs)('every register drift: item belongs to one of the checked pages', () => {
    const checked = new Set(PAGES.map((p) => p.page));
    const strays = registerDrift(reg.register!).filter(({ drift }) => !checked.has(drift.page));
    expect(strays.map(({ entry, drift }) => `${entry.id}: ${drift.page} ${drift.at}`)).toEqual([]);
  });

  it.skipIf(!hasDocs)('page 001 read as a new capture of 000 shows the fields the 2025-02-08 revision added', () => {
    // The current operation cites page 000, so the old capture is checked as a revision of 000:
    // the fields 000 added are what it lacks, the same seven the 001 -> 000 changelog lists.
    const report = check('001', CURRENT);
    expect(report.pageId).toBe('000');
    const lacking = unexplained(report)
      .filter((d) => d.kind === 'field-only-in-spec')
      .map((d) => d.at)
      .sort();
    expect(lacking).toEqual([
      'request body gpu_memory',
      'request body gpu_type',
      'request body lts_custom_tag',
      'request body peering_cidr',
      'response 200 body gpu_memory',
      'response 200 body lts_custom_tag',
      'response 200 body peering_cidr',
    ]);
  });
});
