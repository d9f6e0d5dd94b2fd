// Values of packages. A party's value of a package is
//   value(party, package) = floor((Σ_issue weight[i] × values[i][option] + 50) / 100)   (0–100)
// where the package is first completed with the commitments of earlier phases, then with each issue's status quo
// for the issues it still leaves out. The weighted points per issue (weight × value, before scaling) are what
// Reason.perIssue shows; they sum to 100 × value (before rounding).
import { issueOf } from './lookup';
import { own, ownNumber, ownString } from './own';
import type { CompiledScenario, IssueId, OptionId, Package, Party, PartyId } from './scenario';

/** Every issue of the scenario: package first, then commitments, then status quo. */
export function completePackage(sc: CompiledScenario, pkg: Package, commitments: Package): Package {
  const out: Package = {};
  for (const issue of sc.issues)
    out[issue.id] = ownString(pkg, issue.id) ?? ownString(commitments, issue.id) ?? issue.statusQuo;
  return out;
}

/** Weighted points (weight × option value) one issue contributes to the party's total. */
export function issuePoints(party: Party, issue: IssueId, option: OptionId): number {
  return (ownNumber(party.weights, issue) ?? 0) * (ownNumber(own(party.values, issue), option) ?? 0);
}

/** Scales a sum of weighted points to the 0–100 value, rounding half up. */
export function pointsToValue(points: number): number {
  return Math.floor((points + 50) / 100);
}

/** Weighted points per issue of the completed package. */
export function perIssue(
  sc: CompiledScenario,
  party: Party,
  pkg: Package,
  commitments: Package,
): Record<IssueId, number> {
  const table = pointsTable(sc, party);
  const out: Record<IssueId, number> = {};
  for (let i = 0; i < sc.issues.length; i++) {
    const issue = sc.issues[i]!;
    const o = ownString(pkg, issue.id) ?? ownString(commitments, issue.id) ?? issue.statusQuo;
    out[issue.id] = table[i]!.get(o) ?? issuePoints(party, issue.id, o);
  }
  return out;
}

/** Per party: per issue of the scenario (in its order), issuePoints of each option the party values. */
const pointsTables = new WeakMap<Party, { issues: CompiledScenario['issues']; points: Map<OptionId, number>[] }>();

function pointsTable(sc: CompiledScenario, party: Party): Map<OptionId, number>[] {
  const hit = pointsTables.get(party);
  if (hit && hit.issues === sc.issues) return hit.points;
  const points = sc.issues.map((issue) => {
    const row = own(party.values, issue.id);
    const m = new Map<OptionId, number>();
    if (row) for (const o of Object.keys(row)) m.set(o, issuePoints(party, issue.id, o));
    return m;
  });
  pointsTables.set(party, { issues: sc.issues, points });
  return points;
}

/** Σ issuePoints over the completed package (read from a table built once per party: this runs on every turn). */
export function pointsOf(sc: CompiledScenario, party: Party, pkg: Package, commitments: Package): number {
  const table = pointsTable(sc, party);
  const issues = sc.issues;
  let sum = 0;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    const o = ownString(pkg, issue.id) ?? ownString(commitments, issue.id) ?? issue.statusQuo;
    sum += table[i]!.get(o) ?? issuePoints(party, issue.id, o);
  }
  return sum;
}

export function packageValue(sc: CompiledScenario, party: Party | PartyId, pkg: Package, commitments: Package): number {
  const p = typeof party === 'string' ? sc.parties.find((x) => x.id === party)! : party;
  return pointsToValue(pointsOf(sc, p, pkg, commitments));
}

/** bestOption's answers per scenario, party and issue (parts of the compiled scenario, which never changes). */
const bestOptions = new WeakMap<CompiledScenario, WeakMap<Party, Map<IssueId, OptionId>>>();

/** The party's favourite option on an issue (highest value; the first in scenario order on ties). */
export function bestOption(sc: CompiledScenario, party: Party, issue: IssueId): OptionId {
  let byParty = bestOptions.get(sc);
  if (!byParty) {
    byParty = new WeakMap();
    bestOptions.set(sc, byParty);
  }
  let byIssue = byParty.get(party);
  if (!byIssue) {
    byIssue = new Map();
    byParty.set(party, byIssue);
  }
  let best = byIssue.get(issue);
  if (best === undefined) {
    best = favourite(sc, party, issue);
    byIssue.set(issue, best);
  }
  return best;
}

function favourite(sc: CompiledScenario, party: Party, issue: IssueId): OptionId {
  const iss = issueOf(sc, issue);
  let best = iss.options[0]!.id;
  let bestV = -1;
  for (const o of iss.options) {
    const v = own(own(party.values, issue), o.id) ?? 0;
    if (v > bestV) {
      bestV = v;
      best = o.id;
    }
  }
  return best;
}

/** The party's best package for an agenda: its favourite option on every agenda issue. */
export function bestPackage(sc: CompiledScenario, party: Party, agenda: IssueId[]): Package {
  const out: Package = {};
  for (const id of agenda) out[id] = bestOption(sc, party, id);
  return out;
}

/** The highest value the party can reach in a phase: agenda free, other issues at commitments / status quo. */
export function bestValue(sc: CompiledScenario, party: Party, agenda: IssueId[], commitments: Package): number {
  return packageValue(sc, party, bestPackage(sc, party, agenda), commitments);
}

export function samePackage(a: Package | null | undefined, b: Package | null | undefined): boolean {
  if (!a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== own(b, k)) return false;
  return true;
}
