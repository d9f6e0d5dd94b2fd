// Checks of each party's statechart that the schema cannot express: state targets, reachability, event names,
// and the references inside guards, actions, red lines and lines. The statechart is data for XState's
// `setup({guards, actions}).createMachine(config)`; these checks make sure the engine never meets a name it
// does not know.

import { AI_EVENT_TYPES } from '../engine/index';
import { checkCurve } from './curves';
import { didYouMean } from './did-you-mean';
import type { Reporter } from './reporter';
import { checkRef, type ScenarioIndex } from './scenario-index';
import type { ActionFile, GuardFile, ScenarioFile, StanceFile } from './schema';
import type { Path } from './yaml-positions';

const STATE_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Statechart features a scenario may not use, with the reason. Timers (`after`) and `always` would make a
 * turn depend on something other than (state, action); `invoke` runs code; nested states are not modelled.
 */
const FORBIDDEN_STATE_FIELDS: Record<string, { message: string; hint: string }> = {
  after: {
    message: '"after" (delayed transitions) is not allowed in scenario statecharts',
    hint: 'time is counted in rounds: react to round.elapsed with a roundAtLeast guard',
  },
  invoke: {
    message: '"invoke" is not allowed in scenario statecharts',
    hint: 'scenario files hold data only; use the named actions',
  },
  always: {
    message: '"always" (eventless transitions) is not allowed in scenario statecharts',
    hint: 'put the guarded transition on an event such as round.elapsed',
  },
  states: {
    message: 'nested states are not allowed in scenario statecharts',
    hint: 'flatten them into sibling states of the statechart',
  },
};

/** The special message for a forbidden field inside a stance, if `path` is one (used by schema-errors.ts). */
export function forbiddenStateField(path: Path, key: string): { message: string; hint: string } | undefined {
  const inStance = path.length === 6 && path[0] === 'parties' && path[2] === 'statechart' && path[3] === 'states';
  return inStance ? FORBIDDEN_STATE_FIELDS[key] : undefined;
}

function checkGuard(g: GuardFile, path: Path, r: Reporter, ix: ScenarioIndex): void {
  const p = [...path, 'params'];
  switch (g.type) {
    case 'offerIncludes':
      if (checkRef(r, [...p, 'issue'], 'issue', g.params.issue, ix.issues)) {
        checkRef(r, [...p, 'option'], 'option', g.params.option, ix.issues.get(g.params.issue)!, {
          of: `issue "${g.params.issue}"`,
        });
      }
      return;
    case 'trustAtLeast':
    case 'fromParty':
      checkRef(r, [...p, 'party'], 'party', g.params.party, ix.parties);
      return;
    case 'worldAtLeast':
      checkRef(r, [...p, 'gauge'], 'gauge', g.params.gauge, ix.gauges);
      return;
    case 'phaseIs':
      checkRef(r, [...p, 'phase'], 'phase', g.params.phase, ix.phases);
      return;
    case 'all':
    case 'any':
      g.params.of.forEach((sub, i) => {
        checkGuard(sub, [...p, 'of', i], r, ix);
      });
      return;
    case 'not':
      checkGuard(g.params.guard, [...p, 'guard'], r, ix);
      return;
    default:
      return; // valueAtLeast, roundAtLeast, turnAtLeast: numbers only, ranges checked by the schema
  }
}

function checkAction(a: ActionFile, path: Path, r: Reporter, ix: ScenarioIndex): void {
  const p = [...path, 'params'];
  switch (a.type) {
    case 'adjustTrust':
      checkRef(r, [...p, 'party'], 'party', a.params.party, ix.parties);
      return;
    case 'insist':
    case 'concede':
      checkRef(r, [...p, 'issue'], 'issue', a.params.issue, ix.issues);
      return;
    default:
      return; // say (line key checked by the schema), moveReservation, walkOut
  }
}

function checkStance(st: StanceFile, path: Path, states: Set<string>, r: Reporter, ix: ScenarioIndex): void {
  checkCurve(st.curve, [...path, 'curve'], r);
  (st.redLines ?? []).forEach((rl, i) => {
    const p = [...path, 'redLines', i];
    if (checkRef(r, [...p, 'issue'], 'issue', rl.issue, ix.issues)) {
      checkRef(r, [...p, 'option'], 'option', rl.option, ix.issues.get(rl.issue)!, { of: `issue "${rl.issue}"` });
    }
  });
  for (const [key, lines] of Object.entries(st.lines ?? {})) {
    (lines ?? []).forEach((line, i) => {
      const p = [...path, 'lines', key, i];
      // Words given to real people are either documented (a source) or marked as simulated paraphrase.
      if (line.source !== undefined) checkRef(r, [...p, 'source'], 'source', line.source, ix.sources);
      else if (line.simulated !== true) {
        r.error(p, 'a line needs a "source" (a documented quote) or "simulated: true" (a paraphrase)');
      }
    });
  }
  (st.entry ?? []).forEach((a, i) => {
    checkAction(a, [...path, 'entry', i], r, ix);
  });
  const eventNames = [...AI_EVENT_TYPES, ...[...ix.events].map((e) => `world.${e}`)];
  for (const [event, transitions] of Object.entries(st.on ?? {})) {
    const ep = [...path, 'on', event];
    if (event.startsWith('world.')) {
      const id = event.slice('world.'.length);
      if (!ix.events.has(id)) {
        r.error(ep, `"${event}" names no event: there is no event "${id}"`, didYouMean(event, eventNames), {
          key: true,
        });
      }
    } else if (!(AI_EVENT_TYPES as readonly string[]).includes(event)) {
      r.error(
        ep,
        `unknown event "${event}"`,
        didYouMean(event, eventNames) ?? `events: ${AI_EVENT_TYPES.join(', ')}, world.<event id>`,
        { key: true },
      );
    }
    transitions.forEach((t, i) => {
      const tp = [...ep, i];
      if (t.target !== undefined && !states.has(t.target)) {
        r.error(
          [...tp, 'target'],
          `unknown state "${t.target}"`,
          didYouMean(t.target, states) ?? `states: ${[...states].join(', ')}`,
        );
      }
      if (t.guard) checkGuard(t.guard, [...tp, 'guard'], r, ix);
      (t.actions ?? []).forEach((a, j) => {
        checkAction(a, [...tp, 'actions', j], r, ix);
      });
    });
  }
}

/** Check every party's statechart. */
export function checkStatecharts(s: ScenarioFile, r: Reporter, ix: ScenarioIndex): void {
  s.parties.forEach((party, pi) => {
    const base: Path = ['parties', pi, 'statechart'];
    const chart = party.statechart;
    const states = new Set(Object.keys(chart.states));
    for (const name of states) {
      if (!STATE_NAME.test(name)) {
        r.error(
          [...base, 'states', name],
          `state name "${name}" may use letters, digits, "-" and "_" only`,
          undefined,
          {
            key: true,
          },
        );
      }
    }
    if (states.size === 0) r.error([...base, 'states'], 'a statechart needs at least one state');
    const initialOk = states.has(chart.initial);
    if (!initialOk) {
      r.error(
        [...base, 'initial'],
        `initial state "${chart.initial}" is not a state of this statechart`,
        didYouMean(chart.initial, states) ?? (states.size ? `states: ${[...states].join(', ')}` : undefined),
      );
    }
    for (const [name, st] of Object.entries(chart.states)) checkStance(st, [...base, 'states', name], states, r, ix);
    // A stance nobody can reach is dead text and usually a misspelt target: refuse it.
    if (initialOk) {
      const seen = new Set([chart.initial]);
      const todo = [chart.initial];
      while (todo.length) {
        const st = chart.states[todo.pop()!];
        for (const ts of Object.values(st.on ?? {})) {
          for (const t of ts) {
            if (t.target && states.has(t.target) && !seen.has(t.target)) {
              seen.add(t.target);
              todo.push(t.target);
            }
          }
        }
      }
      for (const name of states) {
        if (!seen.has(name)) {
          r.error(
            [...base, 'states', name],
            `state "${name}" is unreachable from the initial state "${chart.initial}"`,
            'add a transition that targets it, or remove it',
            { key: true },
          );
        }
      }
    }
  });
}
