// Content hash of a scenario's text: FNV-1a 64-bit, in BigInt-free integer arithmetic so it is identical in
// every JavaScript engine. Replays store it to tell "same scenario" from "edited scenario".

/** FNV-1a 64-bit of the UTF-16 code units of the text, as 16 hex digits. */
export function fnv1a64(text: string): string {
  // The 64-bit state is kept as four 16-bit limbs (h3 most significant) so multiplication never loses bits.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const a0 = h0 * 0x1b3;
    const a1 = h1 * 0x1b3;
    const a2 = h2 * 0x1b3;
    const a3 = h3 * 0x1b3;
    let c = a0 >>> 16;
    const n0 = a0 & 0xffff;
    let t = a1 + c;
    c = t >>> 16;
    const n1 = t & 0xffff;
    // 2^40 shifts h0 into limb 2 (<< 8 bits) and h1 into limb 3.
    t = a2 + c + ((h0 << 8) & 0xffff);
    c = t >>> 16;
    const n2 = t & 0xffff;
    t = a3 + c + ((h0 >>> 8) & 0xff) + ((h1 << 8) & 0xffff);
    const n3 = t & 0xffff;
    h0 = n0;
    h1 = n1;
    h2 = n2;
    h3 = n3;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
