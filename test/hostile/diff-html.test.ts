/**
 * `funcspec diff --format html` in a real browser (Debian's Chromium, driven by playwright-core):
 * the page renders, breaking changes come first, each change links to its line in both documents,
 * and markup written into a spec (property names, descriptions, even the file name) is shown as
 * text and never runs, whether or not the page's Content-Security-Policy is there to stop it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../generator/cli/main.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const XSS_PROPERTY = '<img src=x onerror="window.__pwned=1">';
const XSS_DESCRIPTION = '</code></td><script>window.__pwned = 2</script>';

const spec = (withNew: boolean, description: string) => `openapi: 3.1.0
info:
  title: Things
  version: 1.0.0
paths:
  /things:
    post:
      operationId: createThing
      description: ${JSON.stringify(description)}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name${withNew ? `, ${JSON.stringify(XSS_PROPERTY)}` : ''}]
              properties:
                name: {type: string}${withNew ? `\n                ${JSON.stringify(XSS_PROPERTY)}: {type: string}` : ''}
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  count: {type: integer}${withNew ? '' : '\n                  total: {type: integer}'}
`;

let dir: string;
let browser: Browser;
let html: string;
let page: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'funcspec-diff-html-'));
  const base = join(dir, 'base.yaml');
  const revision = join(dir, 'rev<b>ision.yaml');
  writeFileSync(base, spec(false, 'Create a thing.'));
  writeFileSync(revision, spec(true, XSS_DESCRIPTION));
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  try {
    expect(await main(['diff', base, revision, '--format', 'html', '--include-docs'])).toBe(0);
  } finally {
    spy.mockRestore();
  }
  html = out.join('');
  page = join(dir, 'report.html');
  writeFileSync(page, html);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('diff --format html in Chromium', () => {
  it('renders a page with the breaking changes first, visible', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(pathToFileURL(page).href);
    const shot = await tab.screenshot();
    expect(shot.length).toBeGreaterThan(10_000);
    expect(await tab.title()).toBe('API changes');
    await expect.poll(() => tab.locator('#breaking').isVisible()).toBe(true);
    const order = await tab.evaluate(() => [...document.querySelectorAll('main > section')].map((s) => s.id));
    expect(order).toEqual(['breaking', 'warnings', 'info', 'documents']);
    const breaking = await tab.locator('#breaking tbody tr').allTextContents();
    expect(breaking).toHaveLength(1);
    expect(breaking[0]).toMatch(/^ERR.*new-required-request-property/);
    expect(await tab.locator('#warnings tbody tr').allTextContents()).toEqual([expect.stringMatching(/^WARN.*response-optional-property-removed/)]);
    expect(await tab.locator('#summary').textContent()).toContain('1 breaking (ERR)');
    const box = await tab.locator('#breaking').boundingBox();
    expect(box && box.y < 900).toBe(true); // in the first screen
    await tab.close();
  });

  it('links each change to its line in both documents', async () => {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href);
    const row = tab.locator('#breaking tr', { hasText: 'new-required-request-property' });
    const link = row.locator('a', { hasText: /^line \d+$/ }).last();
    const line = Number((await link.textContent())!.replace('line ', ''));
    await link.click();
    expect(await tab.evaluate(() => location.hash)).toBe(`#revision-L${line}`);
    const target = await tab.locator(`#revision-L${line}`).textContent();
    expect(target).toContain('"<img src=x onerror=\\"window.__pwned=1\\">": {type: string}'); // the line declaring the new property, as text
    expect(await row.textContent()).toContain('/paths/~1things/post/requestBody/content/application~1json/schema/properties/');
    const baseLink = row.locator('a', { hasText: /^line \d+$/ }).first();
    const baseLine = Number((await baseLink.textContent())!.replace('line ', ''));
    await baseLink.click();
    expect(await tab.evaluate(() => location.hash)).toBe(`#base-L${baseLine}`);
    expect(await tab.locator(`#base-L${baseLine}`).textContent()).toMatch(/^\d+\s+properties:$/); // the base had no such property: its properties map
    await tab.close();
  });

  it('shows spec-controlled markup as text and runs none of it, with or without the CSP', async () => {
    const unprotected = join(dir, 'no-csp.html');
    writeFileSync(unprotected, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    expect(readFileSync(unprotected, 'utf8')).not.toContain('Content-Security-Policy');
    for (const file of [page, unprotected]) {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(pathToFileURL(file).href);
      expect(await tab.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await tab.evaluate(() => [document.querySelectorAll('script').length, document.querySelectorAll('img').length, document.querySelectorAll('b').length])).toEqual([
        0, 0, 0,
      ]);
      const text = await tab.evaluate(() => document.body.innerText);
      expect(text).toContain(XSS_PROPERTY);
      expect(text).toContain(XSS_DESCRIPTION);
      expect(text).toContain('rev<b>ision.yaml');
      expect(errors).toEqual([]);
      await tab.close();
    }
  });
});
