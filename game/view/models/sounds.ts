// Which sounds a run of new log entries makes, read from the entries' kinds (never their wording): a gavel when a
// phase opens, paper on a proposal, a chime on world news, the shutter and applause on a deal.
import type { LogEntry } from '../../session/live';
import type { SoundName } from '../audio/audio';

export function soundsFor(entries: readonly LogEntry[]): SoundName[] {
  const out: SoundName[] = [];
  for (const e of entries) {
    if (e.kind === 'phase' && e.change === 'started') out.push('gavel');
    else if (e.kind === 'world') out.push('chime');
    else if (e.kind === 'deal') out.push('shutter', 'applause');
    else if (e.kind === 'action' && e.action.type === 'offer.propose') out.push('paper');
  }
  return out;
}
