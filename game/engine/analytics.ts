// The debrief's figures, exact over the whole package space (see PRODUCT.md, "Analytics"):
//   surplus(p)        = value(p, deal) − reservation(p)
//   Pareto-optimal    = no package is at least as good for every party whose consent the deal needs and better for
//                       one of them; otherwise the improvement with the largest joint gain is shown
//   Nash point        = argmax Π (value(p) − reservation(p)) over packages every such party strictly prefers to no deal
//                       (ties: the first in scenario option order; all tied packages are listed)
//   joint value left  = max Σ value over the ZOPA (or over all packages when there is none) − Σ value of the deal
//   ZOPA              = the packages every party strictly prefers to its reservation value
// Integer values; the Nash product of at most 4 factors ≤ 100 stays exact in a double.
import { decodePackage, encodePackage, packageSpace } from './package-space';
import type { CompiledScenario, Package, PartyId } from './scenario';

export interface PackageFigures {
  package: Package;
  values: Record<PartyId, number>;
}

function figuresAt(sc: CompiledScenario, index: number): PackageFigures {
  const space = packageSpace(sc);
  const values: Record<PartyId, number> = {};
  for (const p of sc.parties) values[p.id] = space.values[p.id][index];
  return { package: decodePackage(sc, index), values };
}

/** Parties whose consent a full package needs: the union of every issue's consent list. */
export function consentParties(sc: CompiledScenario): PartyId[] {
  const need = new Set(sc.issues.flatMap((i) => i.consent));
  return sc.parties.map((p) => p.id).filter((id) => need.has(id));
}

/** Packages every party values strictly above its reservation: count and the one with the largest joint value. */
export function zopa(
  sc: CompiledScenario,
  reservations: Record<PartyId, number>,
  parties: PartyId[] = sc.parties.map((p) => p.id),
): { count: number; best: PackageFigures | null } {
  const space = packageSpace(sc);
  const cols = parties.map((id) => space.values[id]);
  const res = parties.map((id) => reservations[id]);
  let count = 0;
  let best = -1;
  let bestSum = -1;
  for (let k = 0; k < space.size; k++) {
    let sum = 0;
    let inside = true;
    for (let j = 0; j < cols.length; j++) {
      const v = cols[j][k];
      if (v <= res[j]) {
        inside = false;
        break;
      }
      sum += v;
    }
    if (!inside) continue;
    count++;
    if (sum > bestSum) {
      bestSum = sum;
      best = k;
    }
  }
  return { count, best: best < 0 ? null : figuresAt(sc, best) };
}

/** At most this many tied Nash packages are listed. */
export const MAX_NASH_TIES = 50;

/**
 * The Nash bargaining point over the given parties, or null when no package beats every reservation. Ties: the
 * package of lowest index (scenario option order) is the point; `ties` lists every package with the same product
 * (the point first, at most MAX_NASH_TIES), so that a distance can be measured to the nearest of them.
 */
export function nashPoint(
  sc: CompiledScenario,
  reservations: Record<PartyId, number>,
  parties: PartyId[] = consentParties(sc),
): (PackageFigures & { product: number; ties: PackageFigures[] }) | null {
  const space = packageSpace(sc);
  const cols = parties.map((id) => space.values[id]);
  const res = parties.map((id) => reservations[id]);
  let best: number[] = [];
  let bestProduct = 0;
  for (let k = 0; k < space.size; k++) {
    let product = 1;
    for (let j = 0; j < cols.length && product > 0; j++) product *= Math.max(0, cols[j][k] - res[j]);
    if (product <= 0 || product < bestProduct) continue;
    if (product > bestProduct) {
      bestProduct = product;
      best = [k];
    } else if (best.length < MAX_NASH_TIES) best.push(k);
  }
  if (best.length === 0) return null;
  return { ...figuresAt(sc, best[0]!), product: bestProduct, ties: best.map((k) => figuresAt(sc, k)) };
}

/** A package that Pareto-dominates `pkg` for `parties` (largest joint gain), or null when `pkg` is Pareto-optimal. */
export function paretoImprovement(
  sc: CompiledScenario,
  pkg: Package,
  parties: PartyId[] = consentParties(sc),
): PackageFigures | null {
  const space = packageSpace(sc);
  const at = encodePackage(sc, pkg);
  const cols = parties.map((id) => space.values[id]);
  const base = cols.map((c) => c[at]);
  let best = -1;
  let bestGain = 0;
  for (let k = 0; k < space.size; k++) {
    let gain = 0;
    let ok = true;
    for (let j = 0; j < cols.length; j++) {
      const d = cols[j][k] - base[j];
      if (d < 0) {
        ok = false;
        break;
      }
      gain += d;
    }
    if (ok && gain > bestGain) {
      bestGain = gain;
      best = k;
    }
  }
  return best < 0 ? null : figuresAt(sc, best);
}

/** Frontiers already computed, per scenario and pair: they depend on the scenario only, and the debrief of every
 * game of a class report asks for every pair's (at MAX_PACKAGES, one pass over 2,000,000 packages each). */
const frontiers = new WeakMap<CompiledScenario, Map<string, readonly { a: number; b: number }[]>>();

/** The Pareto frontier in the plane of two parties' values: points sorted by a's value ascending. */
export function frontier2d(sc: CompiledScenario, a: PartyId, b: PartyId): { a: number; b: number }[] {
  let cached = frontiers.get(sc);
  if (!cached) {
    cached = new Map();
    frontiers.set(sc, cached);
  }
  const key = JSON.stringify([a, b]);
  const hit = cached.get(key);
  if (hit) return hit.map((p) => ({ ...p }));
  const points = computeFrontier2d(sc, a, b);
  cached.set(
    key,
    points.map((p) => ({ ...p })),
  );
  return points;
}

function computeFrontier2d(sc: CompiledScenario, a: PartyId, b: PartyId): { a: number; b: number }[] {
  const space = packageSpace(sc);
  const va = space.values[a];
  const vb = space.values[b];
  // Best b for each value of a, then keep the points no other point beats on both axes.
  const bestB = new Array<number>(101).fill(-1);
  for (let k = 0; k < space.size; k++) if (vb[k] > bestB[va[k]]) bestB[va[k]] = vb[k];
  const out: { a: number; b: number }[] = [];
  let running = -1;
  for (let x = 100; x >= 0; x--) {
    if (bestB[x] > running) {
      out.push({ a: x, b: bestB[x] });
      running = bestB[x];
    }
  }
  return out.reverse();
}

/** Joint value (sum over parties) of the best package, over the ZOPA when there is one. */
export function bestJointValue(sc: CompiledScenario, reservations: Record<PartyId, number>): number {
  const z = zopa(sc, reservations);
  if (z.best) return Object.values(z.best.values).reduce((s, v) => s + v, 0);
  const space = packageSpace(sc);
  const cols = sc.parties.map((p) => space.values[p.id]);
  let best = 0;
  for (let k = 0; k < space.size; k++) {
    let sum = 0;
    for (let j = 0; j < cols.length; j++) sum += cols[j][k];
    if (sum > best) best = sum;
  }
  return best;
}
