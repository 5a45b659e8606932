/** `--format json`: the report as documented in the README ("funcspec drift", JSON output). */
import { unexplained, type DriftReport } from '../model.js';

export function formatDriftJson(report: DriftReport): string {
  const { file, pageId, method, path, spec, operationId, operationPointer, drift, stale, unattached } = report;
  const body = {
    page: { file, id: pageId, method, path },
    spec: { file: spec, operationId, pointer: operationPointer },
    summary: { unexplained: unexplained(report).length, explained: drift.length - unexplained(report).length, stale: stale.length },
    drift,
    stale,
    unattached,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
