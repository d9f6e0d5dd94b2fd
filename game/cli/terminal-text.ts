// Text from files is text on a terminal too. Scenario names, seat keys, file names and error messages quoting
// them reach the terminal through the CLI's printers; a control character among them (an ESC sequence, a bare
// carriage return, a bidirectional override) would let a file recolour, retitle, overwrite or reorder what the
// user reads. Every line the CLI prints goes through terminalText (runCli wraps its Io once), which writes each
// such character as a visible \uXXXX escape. Line feeds, tabs and CRLF line ends (the CSV's) stay as they are.
// The escape has JSON's spelling, so a JSON document stays valid JSON with the same meaning.
import type { Io } from './io';

/** Characters a terminal acts on instead of showing: C0 (but tab and line feed), DEL, C1, bidi controls. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The text with every control character written as \uXXXX (a CR before a LF is a line end and stays). */
export function terminalText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code) || (code === 0x0d && text.charCodeAt(i + 1) === 0x0a)) continue;
    out += `${text.slice(from, i)}\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The same Io, printing only terminal-safe text. */
export function terminalIo(io: Io): Io {
  return { out: (text) => io.out(terminalText(text)), err: (text) => io.err(terminalText(text)) };
}
