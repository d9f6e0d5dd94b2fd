// Settings: reduce motion and text size, applied at once and remembered. Only settings that do something.
import type { SettingsStore } from '../settings-store';
import { openPanel } from './dialog';
import { el, uid } from './dom';

export function openSettingsPanel(host: HTMLElement, settings: SettingsStore, onClosed: () => void): void {
  const panel = openPanel(host, 'Settings', 'panel-settings', onClosed);
  const current = settings.get();

  const motionId = uid('setting-motion');
  const motion = el('input', { attrs: { type: 'checkbox', id: motionId } });
  motion.checked = current.reduceMotion;
  motion.addEventListener('change', () => settings.update({ reduceMotion: motion.checked }));

  const sizeName = uid('setting-size');
  const sizeOption = (value: 'normal' | 'large', label: string) => {
    const id = uid('setting-size-option');
    const input = el('input', { attrs: { type: 'radio', name: sizeName, id, value } });
    input.checked = current.textSize === value;
    input.addEventListener('change', () => {
      if (input.checked) settings.update({ textSize: value });
    });
    return el('div', { className: 'choice' }, [input, el('label', { text: label, attrs: { for: id } })]);
  };

  panel.body.append(
    el('form', { className: 'settings-form', attrs: { method: 'dialog' } }, [
      el('div', { className: 'choice' }, [
        motion,
        el('label', { text: 'Reduce motion', attrs: { for: motionId } }),
        el('p', { className: 'hint', text: 'Stops decorative animation. Also on when your system asks for it.' }),
      ]),
      el('fieldset', {}, [
        el('legend', { text: 'Text size' }),
        sizeOption('normal', 'Normal'),
        sizeOption('large', 'Large'),
      ]),
    ]),
  );
}
