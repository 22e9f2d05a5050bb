#!/usr/bin/env node
'use strict';
/**
 * The HTML record of `privacy-lint report` in a real browser: Debian's Chromium, driven by playwright-core (no
 * browser download), opens the example app's record (English and Japanese) from a file and checks what a reader
 * gets: nothing but the file itself is requested, nothing is logged (a Content-Security-Policy violation would be),
 * the diagram is drawn (a box of a real size, one line per category and destination), every link of the page leads
 * to a section of it and a click on a destination in the diagram goes there, and the page is no wider than the
 * window. It saves a screenshot of each page: into PRIVACY_LINT_SCREENSHOT_DIR (docs/images for `npm run
 * screenshots`) or the run's temp folder. Exit code 0 when every check passed. Needs `npm run build` first.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'cli', 'bin', 'privacy-lint.js');
const EXAMPLE = path.join(ROOT, 'examples', 'shop-app');
const WIDTH = 1280;

function log(message) {
  process.stdout.write(`report-browser: ${message}\n`);
}

/** The example's record in one format and language, written by the CLI into `file`. */
function writeRecord(file, format, locale) {
  const run = spawnSync(process.execPath, [CLI, 'report', '-f', format, '--locale', locale, '-o', file], { cwd: EXAMPLE, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`privacy-lint report -f ${format} --locale ${locale} exited with ${run.status}: ${run.stderr}`);
}

async function checkPage(context, file, record, screenshot) {
  const page = await context.newPage();
  const requests = [];
  const messages = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  const url = `file://${file}`;
  await page.goto(url, { waitUntil: 'load' });
  const facts = await page.evaluate(() => {
    const svg = document.querySelector('svg.diagram');
    const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
    const broken = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
      .filter((href) => !href.startsWith('#') || !document.getElementById(href.slice(1)));
    return {
      diagram: { width: box.width, height: box.height, lines: svg ? svg.querySelectorAll('path').length : 0,
        red: svg ? svg.querySelectorAll('path.reported').length : 0 },
      broken,
      pageWidth: document.documentElement.scrollWidth,
      scripts: document.scripts.length,
      title: document.title,
      lang: document.documentElement.lang,
    };
  });
  const problems = [];
  const expect = (ok, what) => { if (!ok) problems.push(what); };
  const third = record.destinations.filter((d) => d.kind !== 'internal');
  const pairs = new Set(third.flatMap((d) => d.categories.map((c) => `${c} ${d.id}`)));
  const reported = new Set(third.flatMap((d) => d.transfers.filter((t) => t.findings.length).flatMap((t) => t.categories.map((c) => `${c} ${d.id}`))));
  expect(requests.length === 1 && requests[0] === url, `requests nothing but the file itself (requested: ${requests.join(', ')})`);
  expect(messages.length === 0, `logs nothing (logged: ${messages.join(' | ')})`);
  expect(facts.scripts === 0, 'has no script');
  expect(facts.diagram.width > 400 && facts.diagram.height > 200, `draws the diagram (${facts.diagram.width}×${facts.diagram.height})`);
  expect(facts.diagram.lines === pairs.size, `draws ${pairs.size} lines (drew ${facts.diagram.lines})`);
  expect(facts.diagram.red === reported.size, `draws ${reported.size} red lines (drew ${facts.diagram.red})`);
  expect(facts.broken.length === 0, `links only to its own sections (broken: ${facts.broken.join(', ')})`);
  expect(facts.pageWidth <= WIDTH, `fits the window (${facts.pageWidth} px wide)`);
  expect(facts.lang === record.locale, `says its language (${facts.lang})`);

  await page.screenshot({ path: screenshot, clip: { x: 0, y: 0, width: WIDTH, height: 960 } });

  // A click on a destination of the diagram leads to its section.
  const target = third.find((d) => d.label === 'Stripe, Inc.') ?? third[0];
  const link = page.locator('svg.diagram a').nth(third.indexOf(target));
  await link.click();
  const hash = await page.evaluate(() => window.location.hash);
  const sectionTop = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, hash.slice(1));
  expect(hash.startsWith('#destination-') && sectionTop > -2 && sectionTop < 50, `a click on ${target.label} in the diagram shows its section (hash ${hash}, top ${sectionTop})`);
  await page.close();
  return problems;
}

async function main() {
  const chromiumPath = process.env.PRIVACY_LINT_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) {
    console.error(`report-browser: ${chromiumPath} not found. Install it with: bash scripts/editors/install-editors.sh`);
    return 1;
  }
  const { chromium } = require('playwright-core');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-report-browser-'));
  const shots = process.env.PRIVACY_LINT_SCREENSHOT_DIR ? path.resolve(ROOT, process.env.PRIVACY_LINT_SCREENSHOT_DIR) : tmp;
  const own = {};
  for (const [name, dir] of [['XDG_CONFIG_HOME', 'xdg-config'], ['XDG_DATA_HOME', 'xdg-data'], ['XDG_STATE_HOME', 'xdg-state'], ['XDG_CACHE_HOME', 'xdg-cache']]) {
    own[name] = path.join(tmp, dir);
    fs.mkdirSync(own[name], { recursive: true });
  }
  let context;
  let failed = false;
  try {
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      env: { ...process.env, ...own },
      viewport: { width: WIDTH, height: 960 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    for (const locale of ['en', 'ja']) {
      const html = path.join(tmp, `record-${locale}.html`);
      const json = path.join(tmp, `record-${locale}.json`);
      writeRecord(html, 'html', locale);
      writeRecord(json, 'json', locale);
      const record = JSON.parse(fs.readFileSync(json, 'utf8'));
      const screenshot = path.join(shots, locale === 'en' ? 'report.png' : 'report-ja.png');
      const problems = await checkPage(context, html, record, screenshot);
      if (problems.length) {
        failed = true;
        for (const p of problems) log(`FAIL (${locale}): ${p}`);
      } else {
        log(`ok (${locale}): ${record.destinations.length} destinations, screenshot ${screenshot.startsWith(ROOT + path.sep) ? path.relative(ROOT, screenshot) : screenshot}`);
      }
    }
  } finally {
    if (context) await context.close();
    if (shots !== tmp) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    else if (process.env.PRIVACY_LINT_KEEP_TEMP === '1') log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
  return failed ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error) => {
  console.error(error);
  process.exitCode = 1;
});
