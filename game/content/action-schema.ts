// The shape of an action as files and messages carry it (replay files, a room's intents): one schema for every
// way an action reaches us from outside, so a new action type is added in one place. Whether the action is legal
// is the engine's business; this only checks its shape.
import { z } from 'zod';

/** An id as recorded: a party, issue or option (the scenario's own id rules are stricter, checked on load). */
export const recordedId = z.string().min(1).max(64);

/** Actions whose package is checked by `packageSchema` (a room caps its size; a replay file caps the whole file). */
export function actionSchema(packageSchema: z.ZodType<Record<string, string>> = z.record(recordedId, recordedId)) {
  const id = recordedId;
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('offer.propose'), party: id, package: packageSchema }),
    z.strictObject({ type: z.literal('offer.accept'), party: id }),
    z.strictObject({ type: z.literal('offer.reject'), party: id, issue: id.optional() }),
    z.strictObject({ type: z.literal('statement.insist'), party: id, issue: id }),
    z.strictObject({ type: z.literal('statement.concede'), party: id, issue: id }),
    z.strictObject({ type: z.literal('statement.threaten'), party: id, target: id }),
    z.strictObject({ type: z.literal('statement.assure'), party: id, target: id }),
    z.strictObject({ type: z.literal('ask.whatWouldItTake'), party: id, target: id }),
    z.strictObject({ type: z.literal('call.place'), party: id, target: id }),
    z.strictObject({ type: z.literal('party.walkOut'), party: id }),
    z.strictObject({ type: z.literal('turn.pass'), party: id }),
  ]);
}
