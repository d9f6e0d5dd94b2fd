// Many replay files as one zip (a class's results to download): plain files at the zip's root, deflated.
import { strToU8, zipSync } from 'fflate';

export function zipFiles(files: readonly { name: string; text: string }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.name] = strToU8(f.text);
  return zipSync(entries, { level: 6 });
}
