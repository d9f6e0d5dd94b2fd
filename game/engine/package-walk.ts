// Every package of an agenda, in option order, like an odometer: one column (issue) moves per step, so its own
// points and each other party's modelled points are kept as running sums instead of being added up per package.
// The enumeration the offer search (offer-search.ts), the Nash aim (nash-aim.ts) and the Pareto step
// (pareto-step.ts) share; integer sums only, so every package is visited with the same figures in Node and Chromium.

/** One agenda issue: per allowed option, its own points and, per other party, the modelled points. */
export interface WalkColumn {
  mine: readonly number[];
  theirs: readonly (readonly number[])[];
}

/**
 * Calls `visit` with the own points, the others' points (one per party) and the option digits of every package of
 * the columns, in option order. `theirs` and `digits` are reused between calls: copy what must be kept.
 */
export function walkPackages(
  cols: readonly WalkColumn[],
  others: number,
  visit: (mine: number, theirs: readonly number[], digits: readonly number[]) => void,
): void {
  const n = cols.length;
  const digits = new Array<number>(n).fill(0);
  const u = new Array<number>(others).fill(0);
  // Per column, the others' points laid out flat (option-major: [option × others + party]), read in the inner loop.
  const flat = cols.map((c) => {
    const out = new Array<number>(c.mine.length * others);
    for (let o = 0; o < c.mine.length; o++) for (let k = 0; k < others; k++) out[o * others + k] = c.theirs[k]![o]!;
    return out;
  });
  let mine = 0;
  for (let d = 0; d < n; d++) {
    mine += cols[d]!.mine[0]!;
    for (let k = 0; k < others; k++) u[k]! += flat[d]![k]!;
  }
  for (;;) {
    visit(mine, u, digits);
    let d = n - 1;
    for (; d >= 0; d--) {
      const c = cols[d]!;
      const f = flat[d]!;
      const from = digits[d]!;
      const to = from + 1 < c.mine.length ? from + 1 : 0;
      mine += c.mine[to]! - c.mine[from]!;
      const t = to * others;
      const r = from * others;
      for (let k = 0; k < others; k++) u[k]! += f[t + k]! - f[r + k]!;
      digits[d] = to;
      if (to !== 0) break;
    }
    if (d < 0) return;
  }
}
