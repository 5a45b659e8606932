/**
 * The report a failing replay prints: every difference between the documented and the actual
 * request, and a curl command that sends the documented one again. Tested on a deliberately
 * mismatching pair, and the curl command is executed against the mock to show it really reproduces.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../generator/openapi/document.js';
import { startMockServer } from '../../generator/mock/server.js';
import { curlCommand, diffWire, formatWireMismatch, meaningfulHeaders, shellQuote, type WireRequest } from '../../generator/mock/wire.js';

const documented: WireRequest = {
  method: 'PUT',
  path: '/v2/c3b2459a6d5e4b548e6777e57852692d/fgs/functions/urn%3Afss%3Ax/config',
  headers: { 'content-type': 'application/json', accept: 'application/json', 'x-auth-token': 'conformance-token' },
  body: { func_name: 'fgsTest', handler: 'index.handler', timeout: 40, mount_config: { func_mounts: [{ local_mount_path: '/mnt' }] }, note: "it's" },
};

const onTheWire: WireRequest = {
  method: 'post',
  path: '/v2/c3b2459a6d5e4b548e6777e57852692d/fgs/functions/urn:fss:x/config',
  headers: { 'Content-Type': 'text/plain', accept: 'application/json', 'x-debug': '1' },
  body: { func_name: 'fgsTest', handler: 'index.js', mount_config: { func_mounts: [{ local_mount_path: '/mnt' }, { local_mount_path: '/tmp' }] }, note: "it's", extra: null },
};

describe('wire difference report', () => {
  it('lists method, path, each header and each body field that differ', () => {
    expect(diffWire(documented, onTheWire)).toEqual([
      { what: 'method', expected: 'PUT', actual: 'POST' },
      { what: 'path', expected: documented.path, actual: onTheWire.path },
      { what: 'header', name: 'content-type', expected: 'application/json', actual: 'text/plain' },
      { what: 'header', name: 'x-auth-token', expected: 'conformance-token', actual: undefined },
      { what: 'header', name: 'x-debug', expected: undefined, actual: '1' },
      { what: 'body', pointer: '/handler', expected: 'index.handler', actual: 'index.js', expectedPresent: true, actualPresent: true },
      { what: 'body', pointer: '/timeout', expected: 40, actual: undefined, expectedPresent: true, actualPresent: false },
      { what: 'body', pointer: '/mount_config/func_mounts/1', expected: undefined, actual: { local_mount_path: '/tmp' }, expectedPresent: false, actualPresent: true },
      { what: 'body', pointer: '/extra', expected: undefined, actual: null, expectedPresent: false, actualPresent: true },
    ]);
  });

  it('prints expected vs actual per difference, then a curl line for the documented request', () => {
    expect(formatWireMismatch('UpdateFunctionConfig:updateNodejsWithMount:request', documented, onTheWire, 'http://127.0.0.1:4010')).toBe(
      [
        'UpdateFunctionConfig:updateNodejsWithMount:request: the request on the wire differs from the documented one (9 differences):',
        '  - method: expected PUT, got POST',
        '  - path: expected /v2/c3b2459a6d5e4b548e6777e57852692d/fgs/functions/urn%3Afss%3Ax/config, got /v2/c3b2459a6d5e4b548e6777e57852692d/fgs/functions/urn:fss:x/config',
        '  - header content-type: expected "application/json", got "text/plain"',
        '  - header x-auth-token: expected "conformance-token", got (absent)',
        '  - header x-debug: not expected, got "1"',
        '  - body /handler: expected "index.handler", got "index.js"',
        '  - body /timeout: expected 40, got (absent)',
        '  - body /mount_config/func_mounts/1: expected (absent), got {"local_mount_path":"/tmp"}',
        '  - body /extra: expected (absent), got null',
        'reproduce (documented request, against `funcspec mock`):',
        `  curl -i -X PUT 'http://127.0.0.1:4010/v2/c3b2459a6d5e4b548e6777e57852692d/fgs/functions/urn%3Afss%3Ax/config' -H 'content-type: application/json' -H 'accept: application/json' -H 'x-auth-token: conformance-token' --data-raw '{"func_name":"fgsTest","handler":"index.handler","timeout":40,"mount_config":{"func_mounts":[{"local_mount_path":"/mnt"}]},"note":"it'\\''s"}'`,
      ].join('\n'),
    );
  });

  it('is empty when the requests agree (header names case-insensitive)', () => {
    const same = {
      ...documented,
      method: 'put',
      headers: Object.fromEntries(Object.entries(documented.headers).map(([k, v]) => [k.toUpperCase(), v])),
      body: structuredClone(documented.body),
    };
    expect(diffWire(documented, same)).toEqual([]);
    expect(formatWireMismatch('x', documented, same, 'http://h')).toBe('');
  });

  it('tells a whole-body difference and a missing body apart', () => {
    expect(diffWire({ ...documented, body: [1, 2] }, { ...documented, body: { a: 1 } })).toEqual([
      { what: 'body', pointer: '', expected: [1, 2], actual: { a: 1 }, expectedPresent: true, actualPresent: true },
    ]);
    const { body: _omit, ...noBody } = documented;
    expect(formatWireMismatch('x', documented, noBody, 'http://h')).toContain('  - body (whole body): expected {"func_name":"fgsTest",');
  });

  it('quotes for a POSIX shell and leaves transport headers out of the comparison', () => {
    expect(shellQuote(`a'b`)).toBe(`'a'\\''b'`);
    expect(meaningfulHeaders({ host: 'x', 'user-agent': 'node', 'content-length': '2', 'X-Auth-Token': 't', accept: ['a', 'b'], none: undefined })).toEqual({
      'x-auth-token': 't',
      accept: 'a, b',
    });
  });

  it('prints a curl line that really reproduces the documented request against the mock', async () => {
    const doc = (await loadDocument('spec/huaweicloud/functiongraph-v2.yaml')).data;
    const mock = await startMockServer(doc);
    try {
      const request: WireRequest = {
        method: 'PUT',
        path: '/v2/c3b2459a6d5e4b548e6777e57852692d/fgs/functions/urn%3Afss%3Ax/code',
        headers: { 'content-type': 'application/json', 'x-auth-token': 't', prefer: 'example=versionNotFound' },
        body: { code_type: 'inline', func_code: { file: "it's" } },
      };
      const argv = curlCommand(request, mock.url);
      // Run it through a shell, exactly as a person pasting it would.
      const { stdout } = await promisify(execFile)('sh', ['-c', argv.replace(/^curl -i /, 'curl -sS -i ')]);
      expect(stdout).toMatch(/^HTTP\/1\.1 404 /);
      expect(stdout).toContain('{"error_code":"FSS.1052","error_msg":"Not found the function version"}');
    } finally {
      await mock.close();
    }
  });
});
