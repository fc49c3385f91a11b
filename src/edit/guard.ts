// Who may talk to the editor: only this machine, only with the session's token, only from the
// editor's own page. The token is the first path segment of every URL, so it is on every request
// (page, script, style, API) without cookies; Host is checked against 127.0.0.1 and localhost (a
// DNS-rebinding page has another name), and Origin, when a browser sends one, must be the editor's.
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export interface Guarded {
  ok: true;
  /** The path after the token: '' for the page, 'api/check', 'editor.js'. */
  rest: string;
}

export type Refusal = { ok: false; status: number; why: string };

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function guard(req: IncomingMessage, token: string, port: number): Guarded | Refusal {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) return { ok: false, status: 403, why: 'This editor answers only at 127.0.0.1.' };
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return { ok: false, status: 403, why: 'Requests from other sites are refused.' };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, why: 'Requests from other sites are refused.' };
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [, first = '', ...rest] = url.pathname.split('/');
  if (!equal(first, token)) return { ok: false, status: 404, why: 'Not found.' };
  return { ok: true, rest: rest.join('/') };
}

/** Headers on every answer: nothing loads from elsewhere, nothing is cached, the URL never leaks. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
