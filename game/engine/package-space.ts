// The whole space of full packages (one option for every issue), enumerated once per scenario for the analytics:
// a package is an index in mixed radix (issue i's option is digit i), and each party's value of every package is
// kept in an Int8Array. For Alaska (9 issues) that is 15,552 packages × 4 parties, built in a few milliseconds.

import { own } from './own';
import type { CompiledScenario, Package, PartyId } from './scenario';
import { issuePoints, pointsToValue } from './values';

export interface PackageSpace {
  size: number;
  radix: number[]; // options per issue, in scenario issue order
  /** Party id → value (0–100) of each package index. */
  values: Record<PartyId, Int8Array>;
}

const cache = new WeakMap<CompiledScenario, PackageSpace>();

/**
 * Largest package space the analytics enumerate. The scenario loader refuses a scenario with more packages
 * (content/limits.ts, one sentence naming the count), so every compiled scenario the engine is handed is at most
 * this big: P parties × 2,000,000 bytes of values, a few hundred milliseconds per pass.
 */
export const MAX_PACKAGES = 2_000_000;

export function packageSpaceSize(sc: CompiledScenario): number {
  return sc.issues.reduce((n, i) => n * i.options.length, 1);
}

export function packageSpace(sc: CompiledScenario): PackageSpace {
  const hit = cache.get(sc);
  if (hit) return hit;
  const radix = sc.issues.map((i) => i.options.length);
  const size = packageSpaceSize(sc);
  const values: Record<PartyId, Int8Array> = {};
  for (const party of sc.parties) {
    // Points per (issue, option), then an odometer walk that updates the running sum one digit at a time.
    const pts = sc.issues.map((i) => i.options.map((o) => issuePoints(party, i.id, o.id)));
    const out = new Int8Array(size);
    const digits = new Array<number>(radix.length).fill(0);
    let sum = pts.reduce((s, p) => s + p[0], 0);
    for (let k = 0; k < size; k++) {
      out[k] = pointsToValue(sum);
      // Increment the last digit first so that index k matches encodePackage's order.
      for (let d = radix.length - 1; d >= 0; d--) {
        sum -= pts[d][digits[d]];
        digits[d]++;
        if (digits[d] < radix[d]) {
          sum += pts[d][digits[d]];
          break;
        }
        digits[d] = 0;
        sum += pts[d][0];
      }
    }
    values[party.id] = out;
  }
  const space = { size, radix, values };
  cache.set(sc, space);
  return space;
}

/** Package → index (every issue must be present). */
export function encodePackage(sc: CompiledScenario, pkg: Package): number {
  let k = 0;
  for (const issue of sc.issues) {
    const o = issue.options.findIndex((x) => x.id === own(pkg, issue.id));
    k = k * issue.options.length + (o < 0 ? issue.options.findIndex((x) => x.id === issue.statusQuo) : o);
  }
  return k;
}

/** Index → package. */
export function decodePackage(sc: CompiledScenario, index: number): Package {
  const pkg: Package = {};
  let k = index;
  for (let i = sc.issues.length - 1; i >= 0; i--) {
    const issue = sc.issues[i];
    const n = issue.options.length;
    pkg[issue.id] = issue.options[k % n].id;
    k = Math.floor(k / n);
  }
  return pkg;
}
