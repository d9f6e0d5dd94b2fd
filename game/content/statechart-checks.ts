// Checks of each party's statechart that the schema cannot express: state targets, reachability, event names,
// and the references inside guards, actions, red lines and lines; format 2's demand regions (targets within the
// region, names) and context (issues named); and that a format-1 file uses none of format 2's features. The
// reachability of a region's states and a demand's options are lint warnings (lint/region-*.ts, demand-option.ts). The statechart is data for XState's
// `setup({guards, actions}).createMachine(config)`; these checks make sure the engine never meets a name it
// does not know.

import { AI_EVENT_TYPES, STANCE_REGION } from '../engine/index';
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
  const inRegion = path.length === 8 && path[0] === 'parties' && path[3] === 'regions' && path[5] === 'states';
  return inStance || inRegion ? FORBIDDEN_STATE_FIELDS[key] : undefined;
}

/** A statechart's regions ('stance' and the demand regions) and their states, for inState guards. */
type ChartNames = Map<string, Set<string>>;

const FORMAT2_GUARDS = new Set(['patienceAtMost', 'inState']);
const FORMAT2_ACTIONS = new Set(['demand', 'dropDemand', 'setAspiration', 'adjustPatience']);
const format2 = (what: string) =>
  [`${what} needs format 2`, 'write "format: 2" at the top of the file (format 1 has no regions or context)'] as const;

function checkGuard(g: GuardFile, path: Path, r: Reporter, ix: ScenarioIndex, chart: ChartNames, fmt: number): void {
  const p = [...path, 'params'];
  if (fmt < 2 && FORMAT2_GUARDS.has(g.type)) r.error([...path, 'type'], ...format2(`the guard "${g.type}"`));
  switch (g.type) {
    case 'inState': {
      const states = chart.get(g.params.region);
      if (!states) {
        r.error(
          [...p, 'region'],
          `unknown region "${g.params.region}"`,
          didYouMean(g.params.region, chart.keys()) ?? `regions: ${[...chart.keys()].join(', ')}`,
        );
      } else if (!states.has(g.params.state)) {
        r.error(
          [...p, 'state'],
          `unknown state "${g.params.state}" of region "${g.params.region}"`,
          didYouMean(g.params.state, states) ?? `states: ${[...states].join(', ')}`,
        );
      }
      return;
    }
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
        checkGuard(sub, [...p, 'of', i], r, ix, chart, fmt);
      });
      return;
    case 'not':
      checkGuard(g.params.guard, [...p, 'guard'], r, ix, chart, fmt);
      return;
    default:
      return; // valueAtLeast, roundAtLeast, turnAtLeast, patienceAtMost: numbers only, ranges checked by the schema
  }
}

function checkAction(a: ActionFile, path: Path, r: Reporter, ix: ScenarioIndex, fmt: number): void {
  const p = [...path, 'params'];
  if (fmt < 2 && FORMAT2_ACTIONS.has(a.type)) r.error([...path, 'type'], ...format2(`the action "${a.type}"`));
  switch (a.type) {
    case 'adjustTrust':
      checkRef(r, [...p, 'party'], 'party', a.params.party, ix.parties);
      return;
    case 'insist':
    case 'concede':
    case 'demand': // its options are checked by lint (demand-option): an unknown one only never matches
    case 'dropDemand':
      checkRef(r, [...p, 'issue'], 'issue', a.params.issue, ix.issues);
      return;
    default:
      return; // say (line key checked by the schema), moveReservation, walkOut, setAspiration, adjustPatience
  }
}

/** The transitions of one state (a stance, or a state of a demand region whose sibling states are `states`). */
function checkOn(
  on: StanceFile['on'],
  path: Path,
  states: Set<string>,
  r: Reporter,
  ix: ScenarioIndex,
  chart: ChartNames,
  fmt: number,
): void {
  const eventNames = [...AI_EVENT_TYPES, ...[...ix.events].map((e) => `world.${e}`)];
  for (const [event, transitions] of Object.entries(on ?? {})) {
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
      if (t.guard) checkGuard(t.guard, [...tp, 'guard'], r, ix, chart, fmt);
      (t.actions ?? []).forEach((a, j) => {
        checkAction(a, [...tp, 'actions', j], r, ix, fmt);
      });
    });
  }
}

function checkStance(
  st: StanceFile,
  path: Path,
  states: Set<string>,
  r: Reporter,
  ix: ScenarioIndex,
  chart: ChartNames,
  fmt: number,
): void {
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
    checkAction(a, [...path, 'entry', i], r, ix, fmt);
  });
  checkOn(st.on, path, states, r, ix, chart, fmt);
}

/** Format 2: the demand regions (names, initial states, their states' actions and transitions) and the context. */
function checkRegionsAndContext(
  chart: ScenarioFile['parties'][number]['statechart'],
  base: Path,
  r: Reporter,
  ix: ScenarioIndex,
  names: ChartNames,
  fmt: number,
): void {
  if (fmt < 2) {
    if (chart.regions !== undefined) r.error([...base, 'regions'], ...format2('"regions"'), { key: true });
    if (chart.context !== undefined) r.error([...base, 'context'], ...format2('"context"'), { key: true });
  }
  for (const issue of Object.keys(chart.context?.demands ?? {})) {
    checkRef(r, [...base, 'context', 'demands', issue], 'issue', issue, ix.issues, { key: true });
  }
  for (const [name, region] of Object.entries(chart.regions ?? {})) {
    const rp = [...base, 'regions', name];
    if (name === STANCE_REGION) {
      r.error(rp, `"${STANCE_REGION}" is the name of the stances' region`, 'give the demand region another name', {
        key: true,
      });
    } else if (!STATE_NAME.test(name)) {
      r.error(rp, `region name "${name}" may use letters, digits, "-" and "_" only`, undefined, { key: true });
    }
    const states = new Set(Object.keys(region.states));
    if (states.size === 0) r.error([...rp, 'states'], 'a region needs at least one state');
    if (!states.has(region.initial)) {
      r.error(
        [...rp, 'initial'],
        `initial state "${region.initial}" is not a state of region "${name}"`,
        didYouMean(region.initial, states) ?? (states.size ? `states: ${[...states].join(', ')}` : undefined),
      );
    }
    for (const [sname, st] of Object.entries(region.states)) {
      const sp = [...rp, 'states', sname];
      if (!STATE_NAME.test(sname)) {
        r.error(sp, `state name "${sname}" may use letters, digits, "-" and "_" only`, undefined, { key: true });
      }
      (st.entry ?? []).forEach((a, i) => {
        checkAction(a, [...sp, 'entry', i], r, ix, fmt);
      });
      checkOn(st.on, sp, states, r, ix, names, fmt);
    }
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
    const names: ChartNames = new Map([[STANCE_REGION, states]]);
    for (const [name, region] of Object.entries(chart.regions ?? {})) {
      if (name !== STANCE_REGION) names.set(name, new Set(Object.keys(region.states)));
    }
    for (const [name, st] of Object.entries(chart.states)) {
      checkStance(st, [...base, 'states', name], states, r, ix, names, s.format);
    }
    checkRegionsAndContext(chart, base, r, ix, names, s.format);
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
