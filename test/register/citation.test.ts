/** The citation grammar shared by `x-source` and the register's `says` sources. */
import { describe, expect, it } from 'vitest';
import { pageCitations, parseCitation, xSourceList } from '../../generator/register/citation.js';

describe('citations', () => {
  it('parses citations strictly', () => {
    expect(parseCitation('004 表3')).toEqual({ kind: 'page', page: '004', ref: '表3', raw: '004 表3' });
    expect(parseCitation('003 Request parameters')).toMatchObject({ kind: 'page', page: '003', ref: 'Request parameters' });
    expect(parseCitation('sdk @alicloud/fc-open20210406 UpdateFunctionHeaders')).toMatchObject({ kind: 'sdk', pkg: '@alicloud/fc-open20210406', symbol: 'UpdateFunctionHeaders' });
    expect(parseCitation('sdk @alicloud/fc2 Client.request')).toMatchObject({ kind: 'sdk', pkg: '@alicloud/fc2', symbol: 'Client.request' });
    for (const bad of ['004表3', '04 表3', '004  表3', ' 004 表3', '004 表3 ', 'sdk fc', 'page 004 表3', '']) expect(parseCitation(bad).kind, bad).toBe('invalid');
  });

  it('reads x-source as one string or a non-empty list of strings, and keeps the page citations', () => {
    expect(xSourceList({ 'x-source': '004 表3' })).toEqual(['004 表3']);
    expect(xSourceList({ 'x-source': [] })).toBeUndefined();
    expect(xSourceList({ 'x-source': ['004 表3', 4] })).toBeUndefined();
    expect(pageCitations({ 'x-source': ['004 表3', 'sdk pkg Sym', 'nonsense'] }).map((c) => c.raw)).toEqual(['004 表3']);
  });
});
