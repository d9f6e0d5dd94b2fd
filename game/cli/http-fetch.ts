// A small fetch for the load bots' HTTP requests (the SDK's matchmaking: one POST a bot, and one a reconnect), over
// node:http with connections kept open. Node's own fetch (undici) costs about a millisecond of CPU a request in
// streams and headers objects; with hundreds of bots joining at once in the process that also times their
// intents, that was a good part of `summit loadtest`'s own CPU. Answers what the SDK reads of a Response: ok,
// status, statusText, headers.get, json(), text(). Not a general fetch: no redirects, no streaming.

import { Agent, request } from 'node:http';

export interface HttpFetch {
  fetch: (url: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Closes the connections kept open (the process can then end). */
  close(): void;
}

export function httpFetch(): HttpFetch {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const fetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.protocol !== 'http:') return globalThis.fetch(input, init);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => {
      headers[k] = v;
    });
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const req = request(url, { method: init.method ?? 'GET', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          const answer = {
            ok: status >= 200 && status < 300,
            status,
            statusText: res.statusMessage ?? '',
            headers: {
              get: (name: string) => {
                const v = res.headers[name.toLowerCase()];
                return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
              },
            },
            text: async () => text,
            json: async () => JSON.parse(text) as unknown,
          };
          resolve(answer as unknown as Response);
        });
      });
      req.on('error', reject);
      init.signal?.addEventListener('abort', () => req.destroy(new Error('aborted')));
      req.end(body);
    });
  };
  return { fetch, close: () => agent.destroy() };
}
