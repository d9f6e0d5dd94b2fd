// A scenario the player brings (a file, a drop, a ?scenario= link): its text checked and compiled by the same
// parser as `summit validate`, its errors as the same "file:line:col: message (hint)" lines. Part of the lazily
// loaded session (live.ts), so the title carries no YAML parser or zod.
import { type CompiledScenario, formatError, parseScenario } from '../content/index';
import { rememberScenarioText } from './carried-scenario';

/** On failure, `name` is set when the file was read and parsed (its errors are file:line:col lines). */
export type OpenedScenario =
  | { ok: true; scenario: CompiledScenario; name: string }
  | { ok: false; errors: string[]; name?: string };

/** Parses and compiles a scenario's text; `name` is the file name the errors carry. */
export function compileScenarioText(text: string, name: string): OpenedScenario {
  const parsed = parseScenario(text, name);
  if (parsed.ok) {
    // Remembered so that games played on it carry it (their saves, replay files and links need no other file).
    rememberScenarioText(parsed.value, text);
    return { ok: true, scenario: parsed.value, name };
  }
  const errors = parsed.error.map(formatError);
  return { ok: false, name, errors: errors.length > 0 ? errors : [`${name} could not be read as a Summit scenario.`] };
}
