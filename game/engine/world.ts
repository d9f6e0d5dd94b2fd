// World events. At the start of each round, scheduled events (`at`) for that phase and round fire first (in
// scenario order), then each not-yet-fired chance event that lists the current phase rolls the game's PRNG
// (integer percent) and fires on success; every event fires at most once. A fired event applies its effects
// (control share ± delta, gauge ± delta, trust from→to ± delta, a party's reservation ± delta, all clamped 0–100),
// logs a 'world' entry and sends `world.<id>` to every AI party.
import { pushLog } from './log';
import { phaseAt } from './lookup';
import { rollPercent } from './prng';
import { clamp100, notifyAll } from './reactions';
import type { CompiledScenario, WorldEvent } from './scenario';
import type { GameState } from './state';

export function fireEvent(sc: CompiledScenario, d: GameState, ev: WorldEvent): void {
  d.fired.push(ev.id);
  for (const e of ev.effects) {
    switch (e.type) {
      case 'control':
        d.control[e.params.region] = clamp100((d.control[e.params.region] ?? 0) + e.params.delta);
        break;
      case 'gauge':
        d.gauges[e.params.gauge] = clamp100((d.gauges[e.params.gauge] ?? 0) + e.params.delta);
        break;
      case 'trust': {
        const row = d.trust[e.params.from]!;
        row[e.params.to] = clamp100((row[e.params.to] ?? 0) + e.params.delta);
        break;
      }
      case 'reservation':
        d.reservation[e.params.party] = clamp100((d.reservation[e.params.party] ?? 0) + e.params.delta);
        break;
    }
  }
  pushLog(sc, d, { kind: 'world', event: ev.id });
  notifyAll(sc, d, `world.${ev.id}`, null);
}

/** Fires the events of the round that is starting. */
export function startRoundEvents(sc: CompiledScenario, d: GameState): void {
  const phaseId = phaseAt(sc, d.phase).id;
  for (const ev of sc.events) {
    if (d.outcome) return;
    if (ev.at && ev.at.phase === phaseId && ev.at.round === d.round && !d.fired.includes(ev.id)) fireEvent(sc, d, ev);
  }
  for (const ev of sc.events) {
    if (d.outcome) return;
    if (!ev.chance?.phases.includes(phaseId) || d.fired.includes(ev.id)) continue;
    const [hit, rng] = rollPercent(d.rng, ev.chance.percent);
    d.rng = rng;
    if (hit) fireEvent(sc, d, ev);
  }
}
