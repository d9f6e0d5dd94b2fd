// The package space of a scenario as the studio shows it: how many full packages there are, how many lie in the
// zone of possible agreement (worth more than its reservation to every party whose consent a deal needs, as
// `summit lint`'s no-zopa rule counts it), and each party's best and worst package. Read from the engine's
// analytics, never recomputed here.

import {
  type CompiledScenario,
  consentParties,
  decodePackage,
  type Package,
  packageSpace,
  zopa,
} from '../../engine/index';

export interface PartyExtremes {
  party: string;
  name: string;
  reservation: number;
  best: { package: Package; value: number };
  worst: { package: Package; value: number };
}

export interface PackageSummary {
  packages: number;
  zopa: number;
  /** The parties the ZOPA is counted over (those whose consent a deal needs). */
  consent: string[];
  parties: PartyExtremes[];
}

export function packageSummary(sc: CompiledScenario): PackageSummary {
  const space = packageSpace(sc);
  const consent = consentParties(sc);
  const reservations = Object.fromEntries(sc.parties.map((p) => [p.id, p.reservation]));
  const parties = sc.parties.map((p) => {
    const values = space.values[p.id];
    let hi = 0;
    let lo = 0;
    for (let k = 1; k < space.size; k++) {
      if (values[k] > values[hi]) hi = k;
      if (values[k] < values[lo]) lo = k;
    }
    return {
      party: p.id,
      name: p.name,
      reservation: p.reservation,
      best: { package: decodePackage(sc, hi), value: values[hi] },
      worst: { package: decodePackage(sc, lo), value: values[lo] },
    };
  });
  return { packages: space.size, zopa: zopa(sc, reservations, consent).count, consent, parties };
}
