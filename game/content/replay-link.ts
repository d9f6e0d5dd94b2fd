// Share links: a replay in the URL fragment, `#r1.<checksum>.<data>` where data is the compact JSON, deflated and
// base64url-encoded, and checksum the first 8 hex characters of the JSON's hash. Reading a link is defensive:
// the link length is capped, the inflated size is capped while inflating (a decompression bomb stops early), the
// checksum must match, and the JSON then goes through parseReplay like a file.
import { deflateSync, Inflate } from 'fflate';
import type { Replay } from '../engine/index';
import { err, hashString, ok, type Result } from '../engine/index';
import { parseReplay } from './replay-file';

export const LINK_PREFIX = 'r1.';
/** A link longer than this is refused unread (a full Alaska game needs under 2,000). */
export const MAX_LINK_CHARS = 16_000;
/** The inflated JSON may not exceed this: a replay is a few kilobytes. */
export const MAX_LINK_JSON_BYTES = 256 * 1024;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const v = B64.indexOf(text[i]);
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, j);
}

/** The fragment (with its leading '#') that carries this replay. */
export function makeLink(r: Replay): string {
  const json = JSON.stringify(r);
  const data = deflateSync(new TextEncoder().encode(json), { level: 9 });
  return `#${LINK_PREFIX}${hashString(json).slice(0, 8)}.${toBase64Url(data)}`;
}

/**
 * The share link of a replay, or why it cannot be one (a sentence for the player): a link longer than a link may
 * be, or whose JSON would inflate beyond the cap, would be refused when opened. A game on a scenario of the player's
 * own carries that scenario, so its link is longer; the replay file carries it too and has no such limit.
 */
export function shareLink(r: Replay): Result<string, string> {
  const json = JSON.stringify(r);
  const fragment = makeLink(r);
  const length = fragment.length - 1; // without the '#': as parseLink counts
  if (length <= MAX_LINK_CHARS && new TextEncoder().encode(json).length <= MAX_LINK_JSON_BYTES) return ok(fragment);
  const size = `${length} characters; a link holds ${MAX_LINK_CHARS}`;
  return err(
    r.scenarioText !== undefined
      ? `This game is too large for a share link because it carries its scenario (${size}): download the replay file instead, which carries the scenario too.`
      : `This game is too long for a share link (${size}): download the replay file instead.`,
  );
}

/** Inflates at most `cap` bytes; null when the data is not deflate or inflates beyond the cap. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooBig = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) tooBig = true;
    else chunks.push(chunk);
  });
  try {
    // Small input slices bound how much one push can inflate before the cap is seen.
    for (let i = 0; i < data.length && !tooBig; i += 64) inflater.push(data.subarray(i, i + 64), i + 64 >= data.length);
  } catch {
    return null;
  }
  if (tooBig) return null;
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Reads a share link (the fragment, with or without '#', or a whole URL). Errors are sentences for the player. */
export function parseLink(link: string): Result<Replay, string> {
  const hashAt = link.indexOf('#');
  const fragment = (hashAt >= 0 ? link.slice(hashAt + 1) : link).trim();
  if (fragment.length > MAX_LINK_CHARS)
    return err(`This link is too long to be a Summit replay (${fragment.length} characters).`);
  if (!fragment.startsWith('r')) return err('This is not a Summit replay link.');
  if (!fragment.startsWith(LINK_PREFIX)) {
    return err('This replay link was made by another version of Summit; this version reads links starting with #r1.');
  }
  const [checksum, data, extra] = fragment.slice(LINK_PREFIX.length).split('.');
  if (!checksum || !data || extra !== undefined || !/^[0-9a-f]{8}$/.test(checksum)) {
    return err('This replay link is incomplete or damaged (it may have been cut off when it was copied).');
  }
  const bytes = fromBase64Url(data);
  if (!bytes) return err('This replay link is damaged: it contains characters a Summit link never has.');
  const inflated = inflateCapped(bytes, MAX_LINK_JSON_BYTES);
  if (!inflated) {
    return err('This replay link is damaged or too large to open (it may have been cut off when it was copied).');
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return err('This replay link is damaged: its contents are not text.');
  }
  if (hashString(json).slice(0, 8) !== checksum) {
    return err('This replay link is damaged: its checksum does not match (it may have been edited or cut off).');
  }
  const r = parseReplay(json, 'link');
  if (!r.ok) return err(`This link does not hold a valid replay: ${r.error[0].message}.`);
  return ok(r.value);
}
