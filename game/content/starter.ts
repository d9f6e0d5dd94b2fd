// The starter scenario `summit new <id>` writes and the studio starts from: the smallest file that shows every
// part an instructor needs (two parties, two issues, one phase, a three-stance statechart per party), commented
// line by line so it can be edited into a real scenario. It validates, plays and lints clean as it is (tested in new.test.ts).

/** The starter file for scenario `id`, whose schema line points at `schemaPath` (relative to the file). */
export function starterScenario(id: string, schemaPath: string, today: string): string {
  return `# yaml-language-server: $schema=${schemaPath}
#
# ${id}: a starter Summit scenario written by \`summit new\`. Edit it, then check it with
#   npm run -s summit -- validate <this file>     (errors, with line and column)
#   npm run -s summit -- lint <this file>         (statechart and balance warnings)
#   npm run -s summit -- simulate <this file>     (one AI-only game, as a transcript)
#   npm run -s summit -- balance <this file>      (AI tournaments: is it winnable, is it fair?)
# Every field is described in docs/scenario-reference.md; docs/scenario-guide.md walks through this file.

format: 2                     # the authoring format version (2: statechart regions and context; 1 still loads)
id: ${id}                     # a-z, 0-9 and "-"; the file is usually scenarios/<id>.yaml
version: 0.1.0                # bump it when you change the rules: replays name the version they were played on
title: A new summit
date: ${today}
place: A neutral capital
summary: Two neighbours meet to settle a border dispute and the trade between them.
length: 10 min
briefing: |
  The public situation every player reads before choosing a side.

  Blank lines separate paragraphs.

parties:
  - id: east
    name: Eastland
    short: E
    leader: President East
    colour: "#3c5a99"
    brief: |
      Your confidential brief: East wants the border line moved and cares less about trade.
    reservation: 40             # the value (0-100) of no deal: East accepts nothing worth less
    weights: { border: 70, trade: 30 }        # how much each issue matters; they sum to 100
    values:                                   # what each option is worth to East, 0-100
      border: { east: 100, split: 60, west: 0 }
      trade: { open: 60, closed: 40 }
    statechart:                 # East's AI: its stances and what moves it between them
      initial: firm
      states:
        firm:
          mood: maximalist        # the face the AI shows: maximalist, probing, bargaining, closing, walkout
          curve: boulware         # concedes late (boulware), steadily (linear) or early (conceder)
          redLines: [{ issue: border, option: west }]   # options East refuses while in this stance
          lines:                  # what East says; every line is a quote with a source or simulated: true
            greeting: [{ text: "We are here to fix the border, not to talk about it.", simulated: true }]
            reject: [{ text: "That leaves the border where it is.", simulated: true }]
          entry: [{ type: say, params: { line: greeting } }]
          on:
            round.elapsed:        # each new round: soften from round 2 on
              - guard: { type: roundAtLeast, params: { round: 2 } }
                target: bargaining
            offer.received:       # a generous offer moves East straight to closing
              - guard: { type: valueAtLeast, params: { value: 75 } }
                target: closing
        bargaining:
          mood: bargaining
          curve: linear
          lines:
            concede: [{ text: "We can talk about trade.", simulated: true }]
          entry: [{ type: say, params: { line: concede } }]
          on:
            offer.received:
              - guard: { type: valueAtLeast, params: { value: 60 } }
                target: closing
            threat.received:      # a threat hardens East again
              - target: firm
                actions: [{ type: adjustTrust, params: { party: west, delta: -10 } }]
        closing:
          mood: closing
          curve: conceder
          lines:
            accept: [{ text: "Then we have a deal.", simulated: true }]
          entry: [{ type: say, params: { line: accept } }]

  - id: west
    name: Westland
    short: W
    leader: Prime Minister West
    colour: "#b03a2e"
    brief: |
      Your confidential brief: West holds the border today and needs open trade.
    reservation: 35
    weights: { border: 40, trade: 60 }
    values:
      border: { east: 0, split: 60, west: 100 }
      trade: { open: 100, closed: 0 }
    statechart:
      initial: probing
      states:
        probing:
          mood: probing
          curve: linear
          lines:
            greeting: [{ text: "Trade first, then the map.", simulated: true }]
          entry: [{ type: say, params: { line: greeting } }]
          on:
            offer.received:
              - guard: { type: offerIncludes, params: { issue: trade, option: open } }
                target: bargaining
            round.elapsed:
              - guard: { type: roundAtLeast, params: { round: 3 } }
                target: bargaining
        bargaining:
          mood: bargaining
          curve: conceder
          lines:
            insist: [{ text: "Open trade is not negotiable.", simulated: true }]
          entry: [{ type: insist, params: { issue: trade } }, { type: say, params: { line: insist } }]
          on:
            offer.received:
              - guard: { type: valueAtLeast, params: { value: 65 } }
                target: closing
            offer.rejected:
              - guard: { type: roundAtLeast, params: { round: 4 } }
                target: probing
        closing:
          mood: closing
          curve: conceder
          lines:
            accept: [{ text: "Agreed.", simulated: true }]

issues:
  - id: border
    name: The border line
    statusQuo: west             # what holds with no deal
    consent: [east, west]       # whose acceptance a deal on this issue needs
    options:
      - { id: east, label: Line moves east of the river }
      - { id: split, label: Line on the river }
      - { id: west, label: Line stays where it is }
  - id: trade
    name: Trade
    statusQuo: closed
    consent: [east, west]
    options:
      - { id: open, label: Open the border to trade }
      - { id: closed, label: Keep it closed }

phases:
  - id: talks
    name: The talks
    date: ${today}
    place: The neutral capital
    inRoom: [east, west]        # who sits at the table (others act by calls and statements)
    agenda: [border, trade]     # a deal in this phase must cover these issues
    rounds: 6

teachingNotes: |
  Notes for the instructor: what this scenario teaches and how to debrief it.
`;
}
