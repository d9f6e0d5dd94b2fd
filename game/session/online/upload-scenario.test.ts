// The browser's side of an upload: the server's JSON answer is passed on as it is; a page not served by a Summit
// server (HTML, a network failure, a malformed answer) becomes one sentence instead.
import { describe, expect, it } from 'vitest';
import { uploadScenario } from './upload-scenario';

const respond = (body: string, type: string, status = 200): typeof fetch =>
  (async () => new Response(body, { status, headers: { 'Content-Type': type } })) as typeof fetch;

describe('uploadScenario', () => {
  it('passes the server’s answer on', async () => {
    const seen: string[] = [];
    const fetcher = (async (url: string | URL | Request, init?: RequestInit) => {
      seen.push(`${String(url)} ${init?.method} ${String(init?.body)}`);
      return new Response(JSON.stringify({ ok: true, id: 'upload:abc', title: 'Mini' }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    expect(await uploadScenario('http://h', 'id: x', 'a b.yaml', fetcher)).toEqual({
      ok: true,
      id: 'upload:abc',
      title: 'Mini',
    });
    expect(seen).toEqual(['http://h/scenarios?name=a%20b.yaml POST id: x']);
    const broken = JSON.stringify({ ok: false, errors: ['a.yaml:2:3: bad'] });
    expect(await uploadScenario('http://h', '', 'a.yaml', respond(broken, 'application/json', 422))).toEqual({
      ok: false,
      errors: ['a.yaml:2:3: bad'],
    });
  });

  it('turns anything else into one sentence', async () => {
    const sentence = ['a.yaml could not be sent: this page is not served by a Summit server, or it is unreachable.'];
    const failing = (async () => {
      throw new TypeError('network');
    }) as typeof fetch;
    for (const fetcher of [
      respond('<html>', 'text/html'),
      respond('{"ok":true}', 'application/json'),
      respond('not json', 'application/json'),
      failing,
    ])
      expect(await uploadScenario('http://h', '', 'a.yaml', fetcher)).toEqual({ ok: false, errors: sentence });
  });
});
