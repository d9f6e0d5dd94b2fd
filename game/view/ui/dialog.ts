// A modal panel on the native <dialog>: the browser gives focus trapping, Escape to close and focus return.
import { el, uid } from './dom';

export interface Panel {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  close(): void;
}

export function openPanel(host: HTMLElement, title: string, className: string, onClosed: () => void): Panel {
  const headingId = uid('panel-title');
  const closeButton = el('button', {
    className: 'button button-quiet panel-close',
    text: 'Back',
    attrs: { type: 'button' },
  });
  const body = el('div', { className: 'panel-body' });
  const dialog = el('dialog', { className: `panel ${className}`, attrs: { 'aria-labelledby': headingId } }, [
    el('header', { className: 'panel-header' }, [el('h2', { text: title, attrs: { id: headingId } }), closeButton]),
    body,
  ]);
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClosed();
  });
  host.append(dialog);
  dialog.showModal();
  return { dialog, body, close: () => dialog.close() };
}

export interface ConfirmText {
  title: string;
  body: string;
  /** The button that goes ahead (named for what it does, e.g. "Walk out"). */
  confirm: string;
  /** The button that keeps things as they are. */
  cancel: string;
}

/**
 * Asks before something that cannot be undone: a modal alert dialog (native <dialog>: focus stays inside, Escape
 * cancels, focus returns to where it was). Focus starts on the cancelling button, so Enter alone does not confirm.
 * Resolves true only when the confirming button was pressed.
 */
export function confirmDialog(host: HTMLElement, text: ConfirmText): Promise<boolean> {
  const headingId = uid('confirm-title');
  const bodyId = uid('confirm-body');
  const before = document.activeElement as HTMLElement | null;
  const cancel = el('button', { className: 'button', text: text.cancel, attrs: { type: 'button', value: 'cancel' } });
  const confirm = el('button', {
    className: 'button button-danger',
    text: text.confirm,
    attrs: { type: 'button', value: 'confirm', 'data-confirm': '' },
  });
  const dialog = el(
    'dialog',
    {
      className: 'panel panel-confirm',
      attrs: { role: 'alertdialog', 'aria-labelledby': headingId, 'aria-describedby': bodyId },
    },
    [
      el('h2', { text: text.title, attrs: { id: headingId } }),
      el('p', { text: text.body, attrs: { id: bodyId } }),
      el('div', { className: 'confirm-buttons' }, [cancel, confirm]),
    ],
  );
  return new Promise((resolve) => {
    let answer = false;
    cancel.addEventListener('click', () => dialog.close());
    confirm.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (before?.isConnected) before.focus({ preventScroll: true });
      resolve(answer);
    });
    host.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
