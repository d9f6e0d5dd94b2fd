// The load bots' small fetch against a local HTTP server: what the SDK reads of an answer (ok, status, a header,
// the JSON body), a request's method, headers and body as sent, and an error status kept as such.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { httpFetch } from './http-fetch';

const seen: { method?: string; type?: string; body: string }[] = [];
const server = createServer((req: IncomingMessage, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    seen.push({ method: req.method, type: req.headers['content-type'], body });
    const status = req.url === '/missing' ? 404 : 200;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ echo: body, url: req.url }));
  });
});
const http = httpFetch();
afterAll(() => {
  http.close();
  server.close();
});

describe('httpFetch', () => {
  it('posts and reads an answer the way the SDK does, keeping connections open between requests', async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const res = await http.fetch(`${base}/matchmake/create/summit`, {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: '{"name":"bot 1"}',
    });
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('json');
    expect(await res.json()).toEqual({ echo: '{"name":"bot 1"}', url: '/matchmake/create/summit' });
    expect(seen.at(-1)).toEqual({ method: 'POST', type: 'application/json', body: '{"name":"bot 1"}' });

    const missing = await http.fetch(`${base}/missing`);
    expect(missing.ok).toBe(false);
    expect(missing.status).toBe(404);
    expect(seen.at(-1)?.method).toBe('GET');
  });
});
