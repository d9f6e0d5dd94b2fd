// "Choose a summit": the bundled scenarios as cards (title, date, place, summary, parties, length), and a scenario
// file of the player's own (picker or drop), checked like `summit validate`.
import type { CompiledScenario } from '../../content';
import { loadCatalogue } from '../../session';
import { type ScenarioCardView, scenarioCard } from '../models/scenario-card';
import { openPanel } from './dialog';
import { el, uid } from './dom';
import { createScenarioFileSection } from './scenario-file-section';

export interface OpenedFileHandlers {
  /** A scenario file compiled without errors: its briefing follows. */
  onOpened(scenario: CompiledScenario, name: string): void;
  /** Errors to show at once (a `?scenario=` address that failed), as file:line:col lines or a sentence. */
  errors?: { lines: readonly string[]; name?: string };
}

export function openScenariosPanel(
  host: HTMLElement,
  onClosed: () => void,
  onChoose: (file: string) => void,
  fileHandlers?: OpenedFileHandlers,
): void {
  // Closing by choosing a card is not "back to the title": the briefing follows.
  let chosen = false;
  const panel = openPanel(host, 'Choose a summit', 'panel-scenarios', () => {
    if (!chosen) onClosed();
  });
  const status = el('p', { className: 'panel-status', text: 'Loading scenarios…', attrs: { role: 'status' } });
  const cardList = el('div', { className: 'scenario-cards' });
  panel.body.append(status, cardList);
  if (fileHandlers) {
    const section = createScenarioFileSection(panel.dialog, (opened) => {
      chosen = true;
      panel.close();
      fileHandlers.onOpened(opened.scenario, opened.name);
    });
    panel.body.append(section.element);
    if (fileHandlers.errors) section.showErrors(fileHandlers.errors.lines, fileHandlers.errors.name);
  }
  loadCatalogue().then(
    (entries) => {
      const cards = entries.map(scenarioCard);
      if (cards.length === 0) {
        status.textContent = 'No scenario is bundled with this build yet. Scenario files live in scenarios/.';
        return;
      }
      status.textContent = cards.length === 1 ? 'One scenario.' : `${cards.length} scenarios.`;
      status.classList.add('visually-hidden');
      cardList.append(
        el(
          'ul',
          { className: 'cards' },
          cards.map((card, i) =>
            el('li', {}, [
              buildCard(
                card,
                entries[i]!.card === null
                  ? null
                  : () => {
                      chosen = true;
                      panel.close();
                      onChoose(entries[i]!.file);
                    },
              ),
            ]),
          ),
        ),
      );
    },
    () => {
      status.textContent = 'The scenarios could not be loaded. Reload the page to try again.';
    },
  );
}

function buildCard(card: ScenarioCardView, onChoose: (() => void) | null): HTMLElement {
  const titleId = uid('card-title');
  const children: Node[] = [el('h3', { className: 'card-title', text: card.title, attrs: { id: titleId } })];
  if (card.meta) children.push(el('p', { className: 'card-meta', text: card.meta }));
  if (card.summary) children.push(el('p', { className: 'card-summary', text: card.summary }));
  const facts: Node[] = [];
  if (card.parties) facts.push(el('dt', { text: 'Parties' }), el('dd', { text: card.parties }));
  if (card.length) facts.push(el('dt', { text: 'Length' }), el('dd', { text: card.length }));
  if (facts.length > 0) children.push(el('dl', { className: 'card-facts' }, facts));
  if (card.problem) children.push(el('p', { className: 'card-problem', text: card.problem }));
  if (onChoose) {
    const choose = el('button', {
      className: 'button button-primary card-choose',
      text: 'Choose',
      attrs: { type: 'button', 'aria-describedby': titleId },
    });
    choose.addEventListener('click', onChoose);
    children.push(choose);
  }
  return el(
    'article',
    {
      className: card.problem ? 'card card-broken' : 'card',
      attrs: { 'aria-labelledby': titleId, 'data-scenario': card.key },
    },
    children,
  );
}
