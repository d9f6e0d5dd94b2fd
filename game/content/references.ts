// Cross-reference checks outside the statecharts: unique ids, and every id used by issues, phases, the world,
// the map and the events names something the scenario defines. After these pass, the compiled scenario can be
// indexed by the engine without guards.

import type { Reporter } from './reporter';
import { checkRef, type ScenarioIndex } from './scenario-index';
import type { ScenarioFile } from './schema';
import type { Path } from './yaml-positions';

function checkUnique(r: Reporter, items: readonly { id: string }[], base: Path, kind: string): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const prev = first.get(item.id);
    if (prev === undefined) first.set(item.id, i);
    else
      r.error(
        [...base, i, 'id'],
        `duplicate ${kind} id "${item.id}" (first defined on line ${r.lineOf([...base, prev, 'id'])})`,
      );
  });
}

function checkList(
  r: Reporter,
  path: Path,
  kind: string,
  ids: readonly string[],
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) r.error([...path, i], `"${id}" is listed twice`);
    seen.add(id);
    checkRef(r, [...path, i], kind, id, known);
  });
}

export function checkUniqueIds(s: ScenarioFile, r: Reporter): void {
  checkUnique(r, s.sources ?? [], ['sources'], 'source');
  checkUnique(r, s.parties, ['parties'], 'party');
  checkUnique(r, s.issues, ['issues'], 'issue');
  s.issues.forEach((issue, i) => {
    checkUnique(r, issue.options, ['issues', i, 'options'], 'option');
  });
  checkUnique(r, s.phases, ['phases'], 'phase');
  checkUnique(r, s.world?.gauges ?? [], ['world', 'gauges'], 'gauge');
  checkUnique(r, s.map?.regions ?? [], ['map', 'regions'], 'region');
  checkUnique(r, s.map?.places ?? [], ['map', 'places'], 'place');
  checkUnique(r, s.events ?? [], ['events'], 'event');
}

export function checkReferences(s: ScenarioFile, r: Reporter, ix: ScenarioIndex): void {
  s.issues.forEach((issue, i) => {
    const p = ['issues', i];
    const options = ix.issues.get(issue.id)!;
    checkRef(r, [...p, 'statusQuo'], 'option', issue.statusQuo, options, { of: `issue "${issue.id}"` });
    checkList(r, [...p, 'consent'], 'party', issue.consent, ix.parties);
    issue.options.forEach((o, oi) => {
      (o.mapEffects ?? []).forEach((m, mi) => {
        const mp = [...p, 'options', oi, 'mapEffects', mi, 'region'];
        if (!ix.hasMap) r.error(mp, 'map effects need a "map" section');
        else checkRef(r, mp, 'region', m.region, ix.regions);
      });
    });
  });

  const allParties = s.parties.map((x) => x.id);
  s.phases.forEach((phase, i) => {
    const p = ['phases', i];
    checkList(r, [...p, 'inRoom'], 'party', phase.inRoom, ix.parties);
    checkList(r, [...p, 'agenda'], 'issue', phase.agenda, ix.issues);
    if (phase.order) {
      checkList(r, [...p, 'order'], 'party', phase.order, ix.parties);
      const missing = allParties.filter((id) => !phase.order!.includes(id));
      if (missing.length) {
        r.error(
          [...p, 'order'],
          `order must list every party once; missing ${missing.map((m) => `"${m}"`).join(', ')}`,
          'or leave order out: in-room parties speak first, then the others',
        );
      }
    }
  });

  (s.world?.trust?.pairs ?? []).forEach((pair, i) => {
    const p = ['world', 'trust', 'pairs', i];
    checkRef(r, [...p, 'from'], 'party', pair.from, ix.parties);
    checkRef(r, [...p, 'to'], 'party', pair.to, ix.parties);
  });

  if (s.map) checkRef(r, ['map', 'holder'], 'party', s.map.holder, ix.parties);

  (s.events ?? []).forEach((ev, i) => {
    const p = ['events', i];
    if (ev.source !== undefined) checkRef(r, [...p, 'source'], 'source', ev.source, ix.sources);
    if (ev.at === undefined && ev.chance === undefined) {
      r.error(
        p,
        `event "${ev.id}" never fires`,
        'give it "at: { phase, round }" for a scheduled event or "chance: { percent, phases }" for a random one',
      );
    }
    if (ev.at !== undefined && ev.chance !== undefined) {
      r.error(
        [...p, 'chance'],
        `event "${ev.id}" has both "at" and "chance"`,
        'an event is either scheduled or random',
      );
    }
    if (ev.at && checkRef(r, [...p, 'at', 'phase'], 'phase', ev.at.phase, ix.phases)) {
      const rounds = ix.phases.get(ev.at.phase)!;
      if (ev.at.round > rounds)
        r.error(
          [...p, 'at', 'round'],
          `round ${ev.at.round} is after the last round (${rounds}) of phase "${ev.at.phase}"`,
        );
    }
    if (ev.chance) checkList(r, [...p, 'chance', 'phases'], 'phase', ev.chance.phases, ix.phases);
    (ev.effects ?? []).forEach((ef, j) => {
      const ep = [...p, 'effects', j, 'params'];
      switch (ef.type) {
        case 'control':
          if (!ix.hasMap) r.error([...ep, 'region'], 'control effects need a "map" section');
          else checkRef(r, [...ep, 'region'], 'region', ef.params.region, ix.regions);
          break;
        case 'gauge':
          checkRef(r, [...ep, 'gauge'], 'gauge', ef.params.gauge, ix.gauges);
          break;
        case 'trust':
          checkRef(r, [...ep, 'from'], 'party', ef.params.from, ix.parties);
          checkRef(r, [...ep, 'to'], 'party', ef.params.to, ix.parties);
          break;
        case 'reservation':
          checkRef(r, [...ep, 'party'], 'party', ef.params.party, ix.parties);
          break;
      }
    });
  });
}
