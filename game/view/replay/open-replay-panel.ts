// "Open a replay" on the title screen: a file picker, a drop zone and a field to paste a share link. It only
// reads what the player hands it (the file's text, the link) and passes it on; opening and checking are the
// session's job (openReplayText / openReplayLink), whose one-sentence errors come back through showError and are
// announced (role="alert"), as text.
import { el, uid } from '../ui/dom';
import './replay.css';

export interface OpenReplayHandlers {
  onFile(text: string, name: string): void;
  onLink(link: string): void;
}

export interface OpenReplayPanel {
  showError(message: string): void;
  destroy(): void;
}

/** Files bigger than this are refused before reading: a replay is a few kilobytes (the parser caps at 2 MB too). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function mountOpenReplayPanel(container: HTMLElement, h: OpenReplayHandlers): OpenReplayPanel {
  const titleId = uid('open-replay-title');
  const fileId = uid('open-replay-file');
  const linkId = uid('open-replay-link');
  const error = el('p', { className: 'open-replay-error', attrs: { role: 'alert' } });
  error.hidden = true;

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = message === '';
  };

  const read = (file: File | undefined) => {
    if (!file) return;
    showError('');
    if (file.size > MAX_FILE_BYTES) {
      showError(`“${file.name}” is too big to be a Summit replay.`);
      return;
    }
    file.text().then(
      (text) => h.onFile(text, file.name),
      () => showError(`“${file.name}” could not be read.`),
    );
  };

  const picker = el('input', {
    className: 'open-replay-input',
    attrs: { id: fileId, type: 'file', accept: '.json,.summit.json' },
  });
  picker.addEventListener('change', () => {
    read(picker.files?.[0]);
    picker.value = ''; // choosing the same file again (after fixing it) fires change again
  });
  const pickLabel = el('label', { className: 'button button-small open-replay-pick', attrs: { for: fileId } }, [
    el('span', { text: 'Choose a replay file…' }),
  ]);

  const drop = el('div', { className: 'open-replay-drop' }, [
    picker,
    pickLabel,
    el('p', { className: 'open-replay-hint', text: 'or drop a .summit.json file here' }),
  ]);
  const onDragOver = (e: DragEvent) => {
    e.preventDefault(); // without this the browser opens the dropped file itself
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    drop.classList.add('is-over');
  };
  const onDragLeave = () => drop.classList.remove('is-over');
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    drop.classList.remove('is-over');
    const file = e.dataTransfer?.files?.[0];
    if (file) read(file);
    else {
      // A link dragged from another tab arrives as text.
      const text = e.dataTransfer?.getData('text/plain') ?? '';
      if (text.trim() !== '') submitLink(text);
    }
  };
  drop.addEventListener('dragover', onDragOver);
  drop.addEventListener('dragleave', onDragLeave);
  drop.addEventListener('drop', onDrop);

  const link = el('input', {
    className: 'text-input open-replay-link',
    attrs: {
      id: linkId,
      type: 'text',
      inputmode: 'url',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: '#r1.…',
    },
  });
  const submitLink = (text: string) => {
    showError('');
    const value = text.trim();
    if (value === '') {
      showError('Paste a replay link first.');
      link.focus();
      return;
    }
    h.onLink(value);
  };
  const open = el('button', { className: 'button button-small', text: 'Open', attrs: { type: 'submit' } });
  const form = el('form', { className: 'open-replay-form' }, [
    el('label', { className: 'open-replay-link-label', text: 'Paste a replay link', attrs: { for: linkId } }),
    el('div', { className: 'open-replay-row' }, [link, open]),
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitLink(link.value);
  });

  const root = el('section', { className: 'open-replay', attrs: { 'aria-labelledby': titleId } }, [
    el('h2', { className: 'open-replay-title', text: 'Open a replay', attrs: { id: titleId } }),
    drop,
    form,
    error,
  ]);
  container.append(root);

  return {
    showError,
    destroy() {
      root.remove();
    },
  };
}
