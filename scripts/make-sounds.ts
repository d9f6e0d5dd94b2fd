// Generates the game's sounds into assets/sounds/*.wav by plain synthesis (no samples, no third-party audio):
// mono, 22,050 Hz, 16-bit PCM, short. Deterministic: a seeded PRNG drives every noise, so re-running the script
// reproduces the same bytes. Run: npx tsx scripts/make-sounds.ts   (see assets/sounds/LICENSE.md)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RATE = 22050;
const OUT = join(import.meta.dirname, '..', 'assets', 'sounds');

/** mulberry32: a small seeded PRNG, so the noise (and the files) are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buffer(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * RATE));
}

/** One-pole low-pass: y += a (x − y), with a from the cut-off frequency. */
function lowPass(x: Float32Array, hz: number): Float32Array {
  const a = 1 - Math.exp((-2 * Math.PI * hz) / RATE);
  const y = new Float32Array(x.length);
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    s += a * (x[i] - s);
    y[i] = s;
  }
  return y;
}

function highPass(x: Float32Array, hz: number): Float32Array {
  const low = lowPass(x, hz);
  return x.map((v, i) => v - low[i]);
}

function noise(n: number, rand: () => number): Float32Array {
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = rand() * 2 - 1;
  return x;
}

function normalise(x: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const v of x) max = Math.max(max, Math.abs(v));
  return max === 0 ? x : x.map((v) => (v / max) * peak);
}

/** Short fades at both ends: no clicks where a sound starts or stops. */
function fadeEnds(x: Float32Array, ms = 4): Float32Array {
  const n = Math.min(x.length / 2, Math.round((ms / 1000) * RATE));
  for (let i = 0; i < n; i++) {
    x[i] *= i / n;
    x[x.length - 1 - i] *= i / n;
  }
  return x;
}

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2);
  });
  const head = Buffer.alloc(44);
  head.write('RIFF', 0);
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVE', 8);
  head.write('fmt ', 12);
  head.writeUInt32LE(16, 16); // PCM chunk size
  head.writeUInt16LE(1, 20); // PCM
  head.writeUInt16LE(1, 22); // mono
  head.writeUInt32LE(RATE, 24);
  head.writeUInt32LE(RATE * 2, 28); // byte rate
  head.writeUInt16LE(2, 32); // block align
  head.writeUInt16LE(16, 34); // bits
  head.write('data', 36);
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}

/** Room tone: low, slightly moving filtered noise (air handling, a large hall), crossfaded into a seamless loop. */
function room(): Float32Array {
  const rand = prng(1);
  const len = Math.round(2.4 * RATE);
  const fade = Math.round(0.4 * RATE);
  const raw = lowPass(lowPass(noise(len + fade, rand), 320), 500);
  const hum = raw.map((v, i) => v + 0.12 * Math.sin((2 * Math.PI * 55 * i) / RATE) * 0.3);
  // The loop's last `fade` samples blend into its first ones: the seam has no step.
  const out = new Float32Array(len);
  for (let i = 0; i < len; i++) out[i] = hum[i];
  for (let i = 0; i < fade; i++) {
    const t = i / fade;
    out[i] = hum[i] * t + hum[len + i] * (1 - t);
  }
  return normalise(out, 0.5);
}

/** A gavel: two knocks of hard wood (a low thump, a mid resonance, a bright click), the second a little softer. */
function gavel(): Float32Array {
  const rand = prng(2);
  const x = buffer(0.62);
  for (const [start, gain] of [
    [0.0, 1],
    [0.24, 0.8],
  ] as const) {
    const s0 = Math.round(start * RATE);
    const click = highPass(noise(Math.round(0.012 * RATE), rand), 2000);
    for (let i = 0; s0 + i < x.length && i < 0.3 * RATE; i++) {
      const t = i / RATE;
      const body =
        0.9 * Math.sin(2 * Math.PI * 170 * t) * Math.exp(-t * 38) +
        0.5 * Math.sin(2 * Math.PI * 410 * t) * Math.exp(-t * 55) +
        0.25 * Math.sin(2 * Math.PI * 1130 * t) * Math.exp(-t * 90);
      x[s0 + i] += gain * (body + (i < click.length ? click[i] * 0.8 * (1 - i / click.length) : 0));
    }
  }
  return fadeEnds(normalise(x, 0.9));
}

/** Paper: a sheet slid across the table — band-limited noise with a swelling, rustling envelope. */
function paper(): Float32Array {
  const rand = prng(3);
  const n = Math.round(0.45 * RATE);
  const x = lowPass(highPass(noise(n, rand), 1800), 7000);
  const rustle = lowPass(noise(n, prng(33)), 30).map((v) => 0.6 + 3 * Math.abs(v));
  for (let i = 0; i < n; i++) {
    const t = i / n;
    const env = Math.sin(Math.PI * t ** 0.7) ** 2;
    x[i] *= env * rustle[i];
  }
  return fadeEnds(normalise(x, 0.6));
}

/** A news chime: two bell-like notes (each a fundamental and a softer upper partial), the second a sixth lower. */
function chime(): Float32Array {
  const x = buffer(1.5);
  for (const [start, f] of [
    [0, 1046.5],
    [0.18, 784],
  ] as const) {
    const s0 = Math.round(start * RATE);
    for (let i = 0; s0 + i < x.length; i++) {
      const t = i / RATE;
      const attack = Math.min(1, t / 0.004);
      x[s0 + i] +=
        attack *
        (Math.sin(2 * Math.PI * f * t) * Math.exp(-t * 3.2) +
          0.35 * Math.sin(2 * Math.PI * f * 2.76 * t) * Math.exp(-t * 7));
    }
  }
  return fadeEnds(normalise(x, 0.55), 20);
}

/** A camera shutter: the curtain's two clicks with a short mechanical whirr between them. */
function shutter(): Float32Array {
  const rand = prng(5);
  const x = buffer(0.22);
  const clicks = highPass(noise(x.length, rand), 2500);
  for (let i = 0; i < x.length; i++) {
    const t = i / RATE;
    const a = Math.exp(-t * 300) + 0.7 * Math.exp(-Math.max(0, t - 0.09) * 260) * (t >= 0.09 ? 1 : 0);
    const whirr = t > 0.01 && t < 0.09 ? 0.08 * Math.sin(2 * Math.PI * 900 * t) : 0;
    x[i] = clicks[i] * a + whirr;
  }
  return fadeEnds(normalise(x, 0.8), 2);
}

/** Applause: a few hundred hand claps (short filtered noise bursts) whose density swells and dies away. */
function applause(): Float32Array {
  const rand = prng(6);
  const x = buffer(2.6);
  const claps = 420;
  for (let k = 0; k < claps; k++) {
    // Onsets cluster in the middle: triangular distribution over the first 2.2 s.
    const start = ((rand() + rand()) / 2) * 2.2;
    const s0 = Math.round(start * RATE);
    const len = Math.round((0.006 + rand() * 0.012) * RATE);
    const centre = 900 + rand() * 1600;
    const burst = lowPass(highPass(noise(len * 3, rand), centre * 0.6), centre * 1.8);
    const gain = 0.3 + rand() * 0.7;
    for (let i = 0; i < burst.length && s0 + i < x.length; i++) x[s0 + i] += burst[i] * gain * Math.exp(-i / len);
  }
  // A soft bed of many distant claps under the near ones.
  const bed = lowPass(highPass(noise(x.length, rand), 700), 4000);
  for (let i = 0; i < x.length; i++) {
    const t = i / x.length;
    x[i] += bed[i] * 0.25 * Math.sin(Math.PI * Math.min(1, t * 1.2)) ** 2;
  }
  return fadeEnds(normalise(x, 0.7), 60);
}

const SOUNDS: Record<string, () => Float32Array> = { room, gavel, paper, chime, shutter, applause };

mkdirSync(OUT, { recursive: true });
let total = 0;
for (const [name, make] of Object.entries(SOUNDS)) {
  const bytes = wav(make());
  writeFileSync(join(OUT, `${name}.wav`), bytes);
  total += bytes.length;
  console.log(`${name}.wav  ${(bytes.length / 1024).toFixed(1)} KB`);
}
console.log(`total ${(total / 1024).toFixed(1)} KB`);
