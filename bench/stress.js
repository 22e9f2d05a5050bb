#!/usr/bin/env node
'use strict';
/**
 * The stress corpus (`bench/.corpus/stress`): inputs that are cheap for linear code and ruinous for quadratic
 * code, each measured in `bench/task.js` against a baseline on the same input (see docs/performance.md):
 *
 * - `findings/customers.ts`: 16,000 lines that each log a personal field → 16,000 findings (SARIF vs JSON);
 * - `suppressed/customers.ts`: the same lines, each under `privacy-lint-disable-next-line` (apply vs parse);
 * - `hosts/privacy-lint.json`: 300,000 host globs, ≈ 12 MB (load and classify vs JSON.parse of the text);
 * - `longline/customers.ts`: the 16,000 logging statements on ONE line of ≈ 1 MB (SARIF's fingerprints read the line
 *   around each finding: a window, not the whole line, or the work grows with the line's length per finding).
 *
 * Same GENERATOR_VERSION ⇒ same bytes; nothing is written when the folder already holds them.
 */
const fs = require('node:fs');
const path = require('node:path');
const { CORPUS_DIR } = require('./corpora');

const STRESS_CORPUS_DIR = path.join(CORPUS_DIR, 'stress');
const GENERATOR_VERSION = 3;
const FINDINGS = 16_000;
const HOSTS = 300_000;

function findingsFile(suppressed) {
  const lines = ['declare const user: { email: string };'];
  for (let i = 0; i < FINDINGS; i++) {
    if (suppressed) lines.push('// privacy-lint-disable-next-line no-personal-data-in-logs -- audit log, restricted bucket');
    lines.push(`console.log(user.email, ${i});`);
  }
  return `${lines.join('\n')}\n`;
}

function longLineFile() {
  const parts = [];
  // ≈ 64 characters per statement: 16,000 of them make a line of ≈ 1 MB.
  for (let i = 0; i < FINDINGS; i++) parts.push(`console.log(user.email, 'a constant that pads the line', ${10000 + i});`);
  return `declare const user: { email: string };\n${parts.join(' ')}\n`;
}

function hostsConfig() {
  const internalHosts = [];
  for (let i = 0; i < HOSTS; i++) internalHosts.push(i % 3 === 0 ? `api${i}.tenant${i}.example.com` : `*.tenant${i}.example-${i % 97}.internal`);
  return `${JSON.stringify({ transfers: { internalHosts, processors: [{ host: 'mailer.example.jp', country: 'JP' }] } }, null, 1)}\n`;
}

function generateStress() {
  const marker = path.join(STRESS_CORPUS_DIR, '.complete');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === String(GENERATOR_VERSION)) return STRESS_CORPUS_DIR;
  fs.rmSync(STRESS_CORPUS_DIR, { recursive: true, force: true });
  for (const [file, text] of [
    ['findings/customers.ts', findingsFile(false)],
    ['suppressed/customers.ts', findingsFile(true)],
    ['longline/customers.ts', longLineFile()],
    ['hosts/privacy-lint.json', hostsConfig()],
    ['hosts/src/send.ts', "export const send = (user: { email: string }) => fetch('https://h.tenant7.example-7.internal/x', { method: 'POST', body: user.email });\n"],
  ]) {
    fs.mkdirSync(path.dirname(path.join(STRESS_CORPUS_DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(STRESS_CORPUS_DIR, file), text);
  }
  fs.writeFileSync(marker, String(GENERATOR_VERSION));
  return STRESS_CORPUS_DIR;
}

module.exports = { STRESS_CORPUS_DIR, generateStress };

if (require.main === module) console.log(generateStress());
