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
