/* global document, window -- functions passed to page.evaluate run in the page */
// Renders the images the guides in docs/ show, from the sample district in plans/: terminal output
// (run with colour, drawn as a terminal in headless Chromium) and PDF pages (pdftoppm). Run after
// `npm run build` with `npm run docs:images`; it needs Chromium, poppler-utils and tmux.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch } from 'puppeteer-core';
import { requireBrowser } from '../dist/render/browser-path.js';

const repo = resolve(import.meta.dirname, '..');
const out = join(repo, 'docs', 'images');
const cssp = join(repo, 'bin', 'cssp.js');
const asOf = '2026-11-23'; // the sample's drill logs run to November 2026, as in the README demo

const district = mkdtempSync(join(tmpdir(), 'cssp-docs-'));
cpSync(join(repo, 'plans'), district, { recursive: true });
const git = (...args) => execFileSync('git', ['-c', 'user.name=Docs', '-c', 'user.email=docs@example.org', ...args], { cwd: district, stdio: 'ignore' });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-qm', 'Sample district');

const run = (args, env = {}) => spawnSync(process.execPath, [cssp, ...args], { cwd: district, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1', COLUMNS: '100', ...env } });

// ANSI SGR colours to HTML: the few codes chalk writes (bold, dim, underline, 8+8 colours).
const COLOURS = { 30: '#4d4d4d', 31: '#e06c75', 32: '#98c379', 33: '#e5c07b', 34: '#61afef', 35: '#c678dd', 36: '#56b6c2', 37: '#dcdfe4', 90: '#8a8f98', 91: '#ff7b86', 92: '#b5e890', 93: '#ffd580', 94: '#82c4ff', 95: '#e09fff', 96: '#7fd8e2', 97: '#ffffff' };
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function ansiToHtml(text) {
  let style = {};
  let html = '';
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences are what this parses
  for (const part of text.split(/(\u001b\[[0-9;]*m)/)) {
    // eslint-disable-next-line no-control-regex -- as above
    const m = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (!m) {
      const css = [style.color && `color:${style.color}`, style.bold && 'font-weight:700', style.dim && 'opacity:.65', style.underline && 'text-decoration:underline'].filter(Boolean).join(';');
      html += css ? `<span style="${css}">${escapeHtml(part)}</span>` : escapeHtml(part);
      continue;
    }
    for (const code of (m[1] || '0').split(';').map(Number)) {
      if (code === 0) style = {};
      else if (code === 1) style.bold = true;
      else if (code === 2) style.dim = true;
      else if (code === 22) style.bold = style.dim = false;
      else if (code === 4) style.underline = true;
      else if (code === 24) style.underline = false;
      else if (code === 39) style.color = undefined;
      else if (COLOURS[code]) style.color = COLOURS[code];
    }
  }
  return html;
}

const browser = await launch({ executablePath: requireBrowser(process.env), headless: true, args: ['--no-sandbox'] });
async function terminalPng(name, title, text, width = 860) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: width + 40, height: 200, deviceScaleFactor: 1.5 });
  const body = ansiToHtml(text.replace(/\s+$/, ''));
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; background: #fff; font-family: sans-serif; }
    .win { margin: 12px; border-radius: 8px; overflow: hidden; box-shadow: 0 2px 10px #0004; width: ${width}px; }
    .bar { background: #3a3f4b; color: #c8ccd4; font-size: 12px; padding: 6px 12px; }
    pre { margin: 0; padding: 12px 14px; background: #21252b; color: #dcdfe4; font: 12.5px/1.45 'DejaVu Sans Mono', monospace; white-space: pre-wrap; }
  </style><div class="win"><div class="bar">${escapeHtml(title)}</div><pre>${body}</pre></div>`);
  const box = await page.$('.win');
  await box.screenshot({ path: join(out, name) });
  await page.close();
  console.log(`wrote docs/images/${name}`);
}

function pdfPagePng(pdf, pageNumber, name) {
  const base = join(district, `page-${pageNumber}`);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', pdf, base]);
  cpSync(`${base}.png`, join(out, name));
  console.log(`wrote docs/images/${name}`);
}

// Logging a drill, answered in a real terminal (tmux) as a site lead would.
async function drillAddTranscript() {
  const session = `cssp-docs-${process.pid}`;
  const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8' });
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '24', '-c', district, '-e', 'PS1=$ ', 'bash', '--norc', '--noprofile');
  try {
    const keys = async (...k) => {
      tmux('send-keys', '-t', session, ...k);
      await sleep(900);
    };
    await keys('clear', 'Enter');
    await keys(`node ${cssp} drill add`, 'Enter');
    await sleep(1500);
    for (const answer of [[], [], ['C-u', '2026-11-20'], ['10:15 AM'], [], ['3:45'], ['451'], [], [], []]) await keys(...answer, 'Enter');
    await sleep(1500);
    return tmux('capture-pane', '-t', session, '-p', '-e').replace(`node ${cssp}`, 'cssp');
  } finally {
    tmux('kill-session', '-t', session);
  }
}

// The form of `cssp edit` on the new plan: the first section still to write, with what the law asks.
async function editorPng() {
  const child = spawn(process.execPath, [cssp, 'edit', '2027-28/bayside-elementary.yaml', '--no-open'], { cwd: district, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    let err = '';
    const url = await new Promise((found, fail) => {
      child.stderr.on('data', (d) => {
        err += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\/\S+/.exec(err);
        if (m) found(m[0]);
      });
      child.on('exit', () => fail(new Error(err)));
    });
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 860, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Loaded.');
    await page.type('[data-path="sections.crimeAssessment.text"]', 'In 2025-26 the school recorded three thefts and no assaults on campus.');
    await sleep(800);
    await page.evaluate(() => document.querySelector('[data-path="sections.crimeAssessment"]').scrollIntoView());
    await page.evaluate(() => window.scrollBy(0, -70));
    await page.screenshot({ path: join(out, 'edit-form.png') });
    await page.close();
    console.log('wrote docs/images/edit-form.png');
  } finally {
    child.kill('SIGINT');
  }
}

try {
  mkdirSync(out, { recursive: true });
  const newPlan = run(['new', '--site', 'bayside-elementary', '--year', '2027-28', '--no-carry-forward', '--no-git']);
  if (newPlan.status !== 0) throw new Error(newPlan.stderr);
  const check = run(['check', '2027-28/bayside-elementary.yaml', '--as-of', asOf]);
  await terminalPng('check-new-plan.png', '$ cssp check plans/2027-28/bayside-elementary.yaml', check.stdout.split('\n').slice(0, 40).join('\n'));
  const status = run(['status', '--as-of', asOf, '--year', '2026-27']);
  await terminalPng('status.png', '$ cssp status', status.stdout, 1180);
  await terminalPng('drill-add.png', '$ cssp drill add', await drillAddTranscript());
  await editorPng();
  const pdf = join(district, 'bayside-responder.pdf');
  const render = run(['render', '--site', 'bayside-elementary', '--year', '2026-27', '-o', pdf]);
  if (render.status !== 0) throw new Error(render.stderr);
  pdfPagePng(pdf, 1, 'responder-cover.png');
  const draft = join(district, 'draft-responder.pdf');
  run(['render', '2027-28/bayside-elementary.yaml', '-o', draft]);
  pdfPagePng(draft, 2, 'draft-not-on-file.png');
} finally {
  await browser.close();
  rmSync(district, { recursive: true, force: true });
}
