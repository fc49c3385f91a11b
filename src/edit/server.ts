// The editor's HTTP server (node:http: a handful of routes need no framework). It listens on
// 127.0.0.1 only, on a port the system picks unless --port names one, and serves the page and
// its files from the package, the one plan (through EditSession) and the maps that plan names.
import { readRegularFile } from '../util/files.js';
import { readImageSize } from '../util/image-size.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import { packageFile } from '../version.js';
import { guard, SECURITY_HEADERS } from './guard.js';
import type { EditorMeta } from './meta.js';
import type { EditSession } from './session.js';

export interface EditorApi {
  session: EditSession;
  meta: EditorMeta;
  root: string;
  /** A drill's answers, checked as `cssp drill add` checks them: the entry, or each answer's problem. */
  drill: (answers: Record<string, unknown>) => unknown;
  commit: (message: string) => Promise<{ committed: boolean; lines: string[] }>;
}

const ASSETS: Readonly<Record<string, [file: string, type: string]>> = {
  '': ['assets/editor/index.html', 'text/html; charset=utf-8'],
  'editor.js': ['assets/editor/editor.js', 'text/javascript; charset=utf-8'],
  'form.js': ['assets/editor/form.js', 'text/javascript; charset=utf-8'],
  'editor.css': ['assets/editor/editor.css', 'text/css; charset=utf-8'],
  'schema.json': ['schemas/plan.schema.json', 'application/json'],
};
const IMAGE_TYPES: Readonly<Record<string, string>> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };
const MAX_BODY = 4 * 1024 * 1024;

export interface RunningEditor {
  server: Server;
  url: string;
  /** Milliseconds since the page last spoke; 0 until it first does, so a user who copies the address
   *  by hand (no browser opened, or a slow one) is never told the page was closed before it opened. */
  idleFor: () => number;
}

export async function startEditor(api: EditorApi, port = 0): Promise<RunningEditor> {
  const token = randomBytes(18).toString('base64url');
  let last = Number.NaN;
  const server = createServer((req, res) => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    const allowed = guard(req, token, bound);
    if (!allowed.ok) return send(res, allowed.status, 'text/plain; charset=utf-8', allowed.why);
    last = Date.now();
    handle(api, allowed.rest, req, res).catch((err: unknown) => send(res, 500, 'application/json', JSON.stringify({ error: (err as Error).message })));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const bound = (server.address() as { port: number }).port;
  return { server, url: `http://127.0.0.1:${bound}/${token}/`, idleFor: () => (Number.isNaN(last) ? 0 : Date.now() - last) };
}

async function handle(api: EditorApi, rest: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const asset = ASSETS[rest];
  if (req.method === 'GET' && asset) return send(res, 200, asset[1], readRegularFile(packageFile(asset[0])));
  if (req.method === 'GET' && rest === 'api/state') {
    const state = api.session.load();
    return json(res, 200, { ...state, meta: api.meta, mapSizes: mapSizes(api, state.value) });
  }
  const map = /^map\/(\d{1,3})$/.exec(rest);
  if (req.method === 'GET' && map) return sendMap(api, Number(map[1]), res);
  if (req.method !== 'POST' || !rest.startsWith('api/')) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, 'text/plain; charset=utf-8', 'JSON only.');
  const body = await readJson(req);
  if (body === undefined) return send(res, 400, 'text/plain; charset=utf-8', 'Not JSON, or too large.');
  switch (rest) {
    case 'api/ping': return json(res, 200, { ok: true });
    case 'api/check': return json(res, 200, api.session.check(body.value));
    case 'api/save': return json(res, 200, api.session.save(body.value, String(body.hash), body.overwrite === true));
    case 'api/drill': return json(res, 200, api.drill((body.answers ?? {}) as Record<string, unknown>));
    case 'api/commit': return json(res, 200, await api.commit((typeof body.message === 'string' ? body.message : '').trim() || 'Update the safety plan'));
    default: return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  }
}

/** Each map's size in its own coordinates (by index), for placing features with a click. */
function mapSizes(api: EditorApi, value: unknown): ({ width: number; height: number } | null)[] {
  const maps = (value as { responder?: { maps?: { file?: unknown }[] } }).responder?.maps ?? [];
  return maps.map((m) => (typeof m?.file === 'string' ? readImageSize(resolve(dirname(api.session.file), m.file), api.root) ?? null : null));
}

/** A map the plan names, only when it is a regular image file inside the district folder. */
function sendMap(api: EditorApi, index: number, res: ServerResponse): void {
  const { value } = api.session.load();
  const maps = (value as { responder?: { maps?: { file?: unknown }[] } }).responder?.maps ?? [];
  const file = maps[index]?.file;
  const type = typeof file === 'string' ? IMAGE_TYPES[extname(file).toLowerCase()] : undefined;
  try {
    if (!type || typeof file !== 'string') throw new Error('no such map');
    const real = realpathSync(resolve(dirname(api.session.file), file));
    const root = realpathSync(api.root);
    if (!real.startsWith(root + sep) || !statSync(real).isFile() || statSync(real).size > 10 * 1024 * 1024) throw new Error('outside');
    send(res, 200, type, readRegularFile(real, { limit: 10 * 1024 * 1024 }), { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" });
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const json = (res: ServerResponse, status: number, data: unknown) => send(res, status, 'application/json', JSON.stringify(data));

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...extra, 'Content-Type': type });
  res.end(body);
}
