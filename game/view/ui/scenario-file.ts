// A scenario the player brings: a file from disk (picker or drop) or `?scenario=<url>` on the same site. The text
// is checked by the same parser as `summit validate` (through the lazily loaded session, so the title carries none
// of it), and its errors come back in the same "file:line:col: message (hint)" lines. Nothing here touches the page.
import type { OpenedScenario } from '../../session/live';

export type { OpenedScenario };

/** The same cap as the parser's own (game/content/safety MAX_SCENARIO_BYTES), checked before reading. */
export const MAX_SCENARIO_FILE_BYTES = 1024 * 1024;

const refuse = (message: string): { ok: false; errors: string[] } => ({ ok: false, errors: [message] });

/** Parses and compiles a scenario's text; `name` is the file name the errors carry. */
export async function compileScenarioText(text: string, name: string): Promise<OpenedScenario> {
  const live = await import('../../session/live');
  return live.compileScenarioText(text, name);
}

/** A scenario file's text, or why it is refused: not a .yaml file, over the size cap, or unreadable. */
export async function readScenarioFile(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; errors: string[] }> {
  if (!/\.ya?ml$/i.test(file.name)) {
    return refuse(`“${file.name}” is not a scenario file: Summit scenarios are .yaml files.`);
  }
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    return refuse(`“${file.name}” is bigger than 1 MB, too big to be a Summit scenario.`);
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return refuse(`“${file.name}” could not be read.`);
  }
}

/** A file the player chose or dropped: refused if too big or not YAML, else read and compiled. */
export async function openScenarioFile(file: File): Promise<OpenedScenario> {
  const read = await readScenarioFile(file);
  return read.ok ? compileScenarioText(read.text, file.name) : read;
}

/** The `?scenario=` parameter of a page address, or null when there is none. */
export function scenarioParam(address: string): string | null {
  const value = new URL(address).searchParams.get('scenario');
  return value === null || value.trim() === '' ? null : value.trim();
}

/** `?scenario=<url>`: fetched only from the page's own site (relative addresses resolve against the page). */
export async function fetchScenario(
  param: string,
  page: string,
  fetcher: typeof fetch = fetch,
): Promise<OpenedScenario> {
  let url: URL;
  try {
    url = new URL(param, page);
  } catch {
    return refuse(`The scenario address “${param}” is not a valid address.`);
  }
  if (url.origin !== new URL(page).origin) {
    return refuse(
      `Summit only opens scenario files from its own site, and “${param}” is on another one. Download the file and open it instead.`,
    );
  }
  const last = url.pathname.split('/').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A stray % in the address: keep the name as written.
  }
  name ||= 'scenario.yaml';
  let text: string;
  try {
    const response = await fetcher(url.href, { credentials: 'same-origin' });
    if (!response.ok) return refuse(`The scenario file “${param}” could not be loaded (HTTP ${response.status}).`);
    text = await response.text();
  } catch {
    return refuse(`The scenario file “${param}” could not be loaded. Check your connection and the address.`);
  }
  if (new Blob([text]).size > MAX_SCENARIO_FILE_BYTES) {
    return refuse(`“${name}” is bigger than 1 MB, too big to be a Summit scenario.`);
  }
  return compileScenarioText(text, name);
}
