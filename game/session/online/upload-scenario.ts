// A host's own scenario file sent to the Summit server (POST /scenarios), which checks it like `summit validate`
// and answers the id to create a room with, or the file's problems as "file:line:col: message" lines.

import { SCENARIO_UPLOAD_PATH, type UploadAnswer } from './room-protocol';

/** Sends the text; a server that cannot be reached, or answers something else than JSON, is one sentence. */
export async function uploadScenario(
  url: string,
  text: string,
  name: string,
  fetcher: typeof fetch = fetch,
): Promise<UploadAnswer> {
  const unreachable: UploadAnswer = {
    ok: false,
    errors: [`${name} could not be sent: this page is not served by a Summit server, or it is unreachable.`],
  };
  try {
    const response = await fetcher(`${url}${SCENARIO_UPLOAD_PATH}?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
      body: text,
    });
    if (!(response.headers.get('content-type') ?? '').includes('application/json')) return unreachable;
    const body = (await response.json()) as Partial<UploadAnswer>;
    if (body.ok === true && typeof body.id === 'string' && typeof body.title === 'string')
      return { ok: true, id: body.id, title: body.title };
    if (body.ok === false && Array.isArray(body.errors))
      return { ok: false, errors: body.errors.filter((e): e is string => typeof e === 'string') };
    return unreachable;
  } catch {
    return unreachable;
  }
}
