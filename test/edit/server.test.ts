// The editor's server: only this machine, only with the token, only from its own page; only the
// plan and the maps it names; saves only what the form changed, never a plan that is broken.
import { request } from 'node:http';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDistrict } from '../../src/district/open.js';
import { editorMeta } from '../../src/edit/meta.js';
import { startEditor, type RunningEditor } from '../../src/edit/server.js';
import { EditSession } from '../../src/edit/session.js';
import { drillFromForm } from '../../src/edit/drill.js';
import { copySample } from '../helpers/district.js';

let running: RunningEditor | undefined;
afterEach(() => {
  running?.server.close();
  running?.server.closeAllConnections();
  running = undefined;
});

async function editor(root = copySample(), file = join(root, '2026-27/bayside-elementary.yaml')) {
  const district = openDistrict(root, root);
  const session = new EditSession(file, district, () => '2026-11-23');
  running = await startEditor({ session, root, meta: editorMeta(district, '2026-27/bayside-elementary.yaml'), drill: (a) => drillFromForm(a, district.config, '2026-11-23', '2026-27'), commit: () => Promise.resolve({ committed: false, lines: [] }) });
  return { root, file, url: new URL(running.url) };
}

function call(url: URL, path: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${url.port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', fail);
    if (options.body !== undefined) req.end(JSON.stringify(options.body));
    else req.end();
  });
}
const json = { 'Content-Type': 'application/json' };

describe('cssp edit, the server', () => {
  it('serves the page and the plan with the token, with a strict policy, on 127.0.0.1 only', async () => {
    const { url } = await editor();
    expect(url.hostname).toBe('127.0.0.1');
    const page = await call(url, url.pathname);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    const state = JSON.parse((await call(url, `${url.pathname}api/state`)).body) as { value: { site: { id: string } }; hash: string };
    expect(state.value.site.id).toBe('bayside-elementary');
  });

  it('waits for the page to open however long it takes; then counts idle time from the page, not from strangers', async () => {
    const { url } = await editor();
    await new Promise((r) => setTimeout(r, 40));
    // No page yet (no browser, or the address copied by hand): never "the page was closed".
    expect(running!.idleFor()).toBe(0);
    await call(url, '/api/state');
    expect(running!.idleFor()).toBe(0);
    await call(url, `${url.pathname}api/state`);
    await new Promise((r) => setTimeout(r, 40));
    expect(running!.idleFor()).toBeGreaterThanOrEqual(30);
    expect(running!.idleFor()).toBeLessThan(10_000);
  });

  it.each([
    ['without the token', (u: URL) => call(u, '/api/state')],
    ['with a wrong token', (u: URL) => call(u, '/AAAAAAAAAAAAAAAAAAAAAAAA/api/state')],
    ['with a foreign Host (DNS rebinding)', (u: URL) => call(u, `${u.pathname}api/state`, { headers: { Host: `evil.example:${u.port}` } })],
    ['with a foreign Origin', (u: URL) => call(u, `${u.pathname}api/save`, { method: 'POST', headers: { ...json, Origin: 'http://evil.example' }, body: { value: {}, hash: '' } })],
    ['from another site (Sec-Fetch-Site)', (u: URL) => call(u, `${u.pathname}api/state`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })],
    ['for a path outside the plan', (u: URL) => call(u, `${u.pathname}../../cssp.config.yaml`)],
    ['for a file by name', (u: URL) => call(u, `${u.pathname}plans/2026-27/bayside-elementary.yaml`)],
    ['as a form post (not JSON)', (u: URL) => call(u, `${u.pathname}api/save`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'value=1' })],
  ])('refuses a request %s', async (_, send) => {
    const { url } = await editor();
    const res = await send(url);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('Bayside');
  });

  it('serves a map the plan names, and nothing a map path points outside the district', async () => {
    const root = copySample();
    const file = join(root, '2026-27/bayside-elementary.yaml');
    mkdirSync(join(root, '..', 'outside'), { recursive: true });
    writeFileSync(join(root, '..', 'outside', 'secret.svg'), '<svg>SECRET</svg>');
    symlinkSync(join(root, '..', 'outside', 'secret.svg'), join(root, '2026-27/maps/link.svg'));
    const text = readFileSync(file, 'utf8').replace(/(\n {2}maps:\n)/, '$1    - { title: Outside, file: ../../outside/secret.svg }\n    - { title: Link, file: maps/link.svg }\n');
    writeFileSync(file, text);
    const { url } = await editor(root, file);
    const maps = (JSON.parse((await call(url, `${url.pathname}api/state`)).body) as { value: { responder: { maps: { file: string }[] } } }).value.responder.maps;
    expect(maps.length).toBeGreaterThan(2);
    expect(maps.map((m) => m.file)).toEqual(['../../outside/secret.svg', 'maps/link.svg', 'maps/bayside-elementary-campus.svg']);
    for (const i of [0, 1]) expect(await call(url, `${url.pathname}map/${i}`)).toMatchObject({ status: 404, body: expect.not.stringContaining('SECRET') as unknown });
    expect(await call(url, `${url.pathname}map/2`)).toMatchObject({ status: 200, headers: expect.objectContaining({ 'content-type': 'image/svg+xml' }) as unknown });
    expect((await call(url, `${url.pathname}map/9`)).status).toBe(404);
  });

  it('saves only the field that changed; refuses a broken plan and a plan changed on disk', async () => {
    const { url, file } = await editor();
    const before = readFileSync(file, 'utf8');
    const state = JSON.parse((await call(url, `${url.pathname}api/state`)).body) as { value: { site: Record<string, unknown> }; hash: string };
    state.value.site.staffCount = 50;
    const saved = JSON.parse((await call(url, `${url.pathname}api/save`, { method: 'POST', headers: json, body: { value: state.value, hash: state.hash } })).body) as { saved: boolean; hash: string };
    expect(saved.saved).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(before.replace('  staffCount: 48\n', '  staffCount: 50\n'));
    // A half-filled address: a schema error, so nothing is written.
    const broken = { ...state.value, site: { ...state.value.site, address: { street: 'Half' } } };
    const refused = JSON.parse((await call(url, `${url.pathname}api/save`, { method: 'POST', headers: json, body: { value: broken, hash: saved.hash } })).body) as { saved: boolean; blocking: string[] };
    expect(refused.saved).toBe(false);
    expect(refused.blocking.join(' ')).toMatch(/city/);
    expect(readFileSync(file, 'utf8')).toContain('  staffCount: 50\n');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# edited elsewhere\n`);
    const conflict = JSON.parse((await call(url, `${url.pathname}api/save`, { method: 'POST', headers: json, body: { value: state.value, hash: saved.hash } })).body) as { saved: boolean; conflict: boolean };
    expect(conflict).toMatchObject({ saved: false, conflict: true });
    expect(readFileSync(file, 'utf8')).toMatch(/# edited elsewhere\n$/);
  });

  it('checks the plan as the form has it, finding by field', async () => {
    const { url } = await editor();
    const state = JSON.parse((await call(url, `${url.pathname}api/state`)).body) as { value: { responder: Record<string, unknown> } };
    state.value.responder.contacts = [];
    const result = JSON.parse((await call(url, `${url.pathname}api/check`, { method: 'POST', headers: json, body: { value: state.value } })).body) as { findings: { ruleId: string; path: string[] }[] };
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'responder-packet', path: ['responder', 'contacts'] }));
  });

  it('adds a drill with the same checks as cssp drill add', async () => {
    const { url } = await editor();
    const drill = (answers: object) => call(url, `${url.pathname}api/drill`, { method: 'POST', headers: json, body: { answers } }).then((r) => JSON.parse(r.body) as unknown);
    expect(await drill({ type: 'fire', date: '2026-11-20', time: '10:15 AM', evacuation: '3:45', participants: '451', conductedBy: 'Dana Lee, Principal' }))
      .toEqual({ drill: { type: 'fire', date: '2026-11-20', time: '10:15', evacuationSeconds: 225, conductedBy: 'Dana Lee, Principal', participants: 451 } });
    expect(await drill({ type: 'fire', date: '2026-12-20', time: 'noonish', conductedBy: '' })).toEqual({ problems: { date: expect.stringMatching(/after today/) as unknown, time: expect.stringMatching(/not a time/) as unknown, conductedBy: expect.any(String) as unknown } });
  });
});
