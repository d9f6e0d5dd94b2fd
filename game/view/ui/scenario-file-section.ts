// "Open a scenario file" on the scenario choice: a file picker and a drop zone (a file dropped anywhere on the
// panel counts too). The file is checked like `summit validate` does; its errors are listed as text
// (role="alert") and the panel stays, so the author can fix the file and drop it again.
import { el, uid } from './dom';
import { type OpenedScenario, openScenarioFile } from './scenario-file';

export interface ScenarioFileSection {
  element: HTMLElement;
  /** Lists a scenario's errors (file:line:col lines) or a one-sentence refusal. */
  showErrors(errors: readonly string[], name?: string): void;
}

type Refused = { ok: false; errors: string[] };

/**
 * `dropTarget` also takes drops (the whole panel). `onOpened` gets what `opener` makes of a good file (by default a
 * scenario compiled here; the online host's opener sends it to the server instead); errors stay shown here.
 */
export function createScenarioFileSection<T extends { ok: true } = Extract<OpenedScenario, { ok: true }>>(
  dropTarget: HTMLElement,
  onOpened: (opened: T) => void,
  opener: (file: File) => Promise<T | Refused> = openScenarioFile as unknown as (file: File) => Promise<T | Refused>,
): ScenarioFileSection {
  const titleId = uid('scenario-file-title');
  const inputId = uid('scenario-file-input');
  const status = el('p', { className: 'scenario-file-status', attrs: { role: 'status' } });
  const errorBox = el('div', { className: 'scenario-file-errors', attrs: { role: 'alert' } });
  errorBox.hidden = true;

  const showErrors = (errors: readonly string[], name?: string) => {
    status.textContent = '';
    if (errors.length === 0) {
      errorBox.hidden = true;
      errorBox.replaceChildren();
      return;
    }
    // Parser errors start with the file name; a refusal (too big, another site) is a sentence of its own.
    const lead =
      name === undefined || !errors[0]!.startsWith(`${name}:`)
        ? 'The scenario could not be opened.'
        : errors.length === 1
          ? `${name} has a problem:`
          : `${name} has ${errors.length} problems:`;
    errorBox.replaceChildren(
      el('p', { className: 'scenario-file-lead', text: lead }),
      el(
        'ul',
        { className: 'scenario-file-list' },
        errors.map((line) => el('li', { text: line })),
      ),
    );
    errorBox.hidden = false;
    errorBox.scrollIntoView?.({ block: 'nearest' });
  };

  let busy = false;
  const open = async (file: File | undefined) => {
    if (!file || busy) return;
    busy = true;
    showErrors([]);
    status.textContent = `Checking ${file.name}…`;
    try {
      const opened = await opener(file);
      if (opened.ok) {
        status.textContent = '';
        onOpened(opened);
      } else showErrors((opened as Refused).errors, file.name);
    } catch {
      showErrors([`${file.name} could not be opened. Reload the page to try again.`]);
    } finally {
      busy = false;
    }
  };

  const picker = el('input', {
    className: 'scenario-file-input',
    attrs: { id: inputId, type: 'file', accept: '.yaml,.yml', 'aria-describedby': titleId },
  });
  picker.addEventListener('change', () => {
    open(picker.files?.[0]);
    picker.value = ''; // choosing the same file again (after fixing it) fires change again
  });

  const zone = el('div', { className: 'scenario-file-drop' }, [
    picker,
    el('label', { className: 'button scenario-file-pick', text: 'Choose a scenario file…', attrs: { for: inputId } }),
    el('p', { className: 'scenario-file-hint', text: 'or drop a .yaml file anywhere here' }),
  ]);

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  dropTarget.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault(); // without this the browser opens the dropped file itself
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    zone.classList.add('is-over');
  });
  dropTarget.addEventListener('dragleave', (e) => {
    if (e.target === dropTarget || e.target === zone) zone.classList.remove('is-over');
  });
  dropTarget.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files?.[0];
    zone.classList.remove('is-over');
    if (!file) return;
    e.preventDefault();
    open(file);
  });

  const element = el('section', { className: 'scenario-file', attrs: { 'aria-labelledby': titleId } }, [
    el('h3', { className: 'card-title', text: 'Open a scenario file', attrs: { id: titleId } }),
    el('p', {
      className: 'card-summary',
      text: 'Play a scenario you wrote: it is checked like “summit validate” does, and any problem is listed with its line.',
    }),
    zone,
    status,
    errorBox,
  ]);
  return { element, showErrors };
}
