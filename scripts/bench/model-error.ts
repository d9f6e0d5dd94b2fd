// How far the AI's models of the other side are from the truth on the bilateral benchmark domains, where the true
// values are known: `npx tsx scripts/bench/model-error.ts [seeds]`. Half-way through each all-AI game (half its
// log), for each party's model of the other: the mean error of the option values (0–100), of the issue weights
// (percent points of the total), and of its estimate of its own value at the Nash point (nash-aim.ts), with the
// estimate's mean signed error (its bias). Printed for the frequency model (opponent-model.ts, what the AI plays
// with) and the concession model (opponent-model-concessions.ts). The Nash aim can only land as near the Nash
// point as this estimate allows: with exact models (and the hold share at 100%) the AI lands within 2 points of it.
import { readFileSync } from 'node:fs';
import {
  bestPackage,
  type CompiledScenario,
  type GameState,
  nashPoint,
  type Party,
  packageValue,
  runGame,
} from '../../game/engine/index';
import { nashValue } from '../../game/engine/nash-aim';
import { type OpponentModel, opponentModels } from '../../game/engine/opponent-model';
import { concessionModels } from '../../game/engine/opponent-model-concessions';
import { compileOrDie } from './engine';

const DOMAINS = ['laptop', 'itex-cypress', 'england-zimbabwe'];

type ModelOf = (sc: CompiledScenario, s: GameState, other: Party, me: Party) => OpponentModel;

const MODELS: Record<string, ModelOf> = {
  frequency: (sc, s, other, me) => opponentModels(sc, s, [other.id], sc.phases[0]!.agenda, me)[0]!,
  concession: (sc, s, other, me) => concessionModels(sc, s, [other.id], sc.phases[0]!.agenda, me)[0]!,
};

export interface ModelErrorFigures {
  domain: string;
  model: string;
  valueError: number;
  weightError: number;
  nashError: number;
  nashBias: number;
}

export function benchModelError(seeds = 20): ModelErrorFigures[] {
  const out: ModelErrorFigures[] = [];
  for (const name of DOMAINS) {
    const file = `scenarios/fixtures/bench/${name}.yaml`;
    const sc = compileOrDie(file, readFileSync(file, 'utf8'));
    const agenda = sc.phases[0]!.agenda;
    const truth = nashPoint(sc, Object.fromEntries(sc.parties.map((p) => [p.id, p.reservation])))!;
    const halves = Array.from({ length: seeds }, (_, i) => {
      const s = runGame(sc, { seed: i + 1 });
      return { ...s, log: s.log.slice(0, Math.floor(s.log.length / 2)) };
    });
    for (const [model, modelOf] of Object.entries(MODELS)) {
      let value = 0;
      let values = 0;
      let weight = 0;
      let weights = 0;
      let nash = 0;
      let bias = 0;
      let estimates = 0;
      for (const s of halves) {
        for (const me of sc.parties) {
          const other = sc.parties.find((p) => p.id !== me.id)!;
          const m = modelOf(sc, s, other, me);
          const trueTotal = agenda.reduce((t, id) => t + (other.weights[id] ?? 0), 0);
          const estTotal = agenda.reduce((t, id) => t + (m.weights[id] ?? 0), 0);
          for (const id of agenda) {
            weight += Math.abs(((other.weights[id] ?? 0) * 100) / trueTotal - ((m.weights[id] ?? 0) * 100) / estTotal);
            weights++;
            for (const [option, v] of Object.entries(other.values[id] ?? {})) {
              value += Math.abs(v - (m.values[id]?.[option] ?? 0));
              values++;
            }
          }
          const start = bestPackage(sc, me, agenda);
          const est = nashValue(sc, {
            party: me,
            stance: me.ai.states[me.ai.initial]!,
            agenda,
            commitments: {},
            start,
            best: packageValue(sc, me, start, {}),
            noDeal: me.reservation,
            models: [m],
          });
          if (est === null) continue;
          nash += Math.abs(est - truth.values[me.id]!);
          bias += est - truth.values[me.id]!;
          estimates++;
        }
      }
      const r = (x: number) => Math.round(x * 10) / 10;
      out.push({
        domain: name,
        model,
        valueError: r(value / Math.max(1, values)),
        weightError: r(weight / Math.max(1, weights)),
        nashError: r(nash / Math.max(1, estimates)),
        nashBias: r(bias / Math.max(1, estimates)),
      });
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('model-error.ts')) {
  const rows = benchModelError(Number(process.argv[2] ?? 20));
  console.log('domain            model       values  weights  Nash estimate (bias)');
  for (const f of rows) {
    console.log(
      `${f.domain.padEnd(18)}${f.model.padEnd(12)}${String(f.valueError).padStart(6)}  ${String(f.weightError).padStart(7)}  ${String(f.nashError).padStart(6)} (${f.nashBias})`,
    );
  }
}
