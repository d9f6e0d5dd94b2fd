// Settings: sound, motion, colour-blind palette, text size and the first-time guide, applied at once and
// remembered. Only settings that do something.
import type { Settings } from '../../session';
import type { SettingsStore } from '../settings-store';
import { openPanel } from './dialog';
import { el, uid } from './dom';

export function openSettingsPanel(host: HTMLElement, settings: SettingsStore, onClosed: () => void): void {
  const panel = openPanel(host, 'Settings', 'panel-settings', onClosed);
  const current = settings.get();

  const checkbox = (key: 'reduceMotion' | 'muted' | 'colourBlind', label: string, hint: string) => {
    const id = uid(`setting-${key}`);
    const input = el('input', { attrs: { type: 'checkbox', id } });
    input.checked = current[key];
    input.addEventListener('change', () => settings.update({ [key]: input.checked } as Partial<Settings>));
    return el('div', { className: 'choice' }, [
      input,
      el('label', { text: label, attrs: { for: id } }),
      el('p', { className: 'hint', text: hint }),
    ]);
  };

  const volumeId = uid('setting-volume');
  const volume = el('input', {
    className: 'range',
    attrs: { type: 'range', id: volumeId, min: '0', max: '100', step: '5', value: String(current.volume) },
  });
  volume.addEventListener('input', () => settings.update({ volume: Number(volume.value) }));

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

  const guide = el('button', {
    className: 'button button-quiet',
    text: current.guideSeen ? 'Show the guide again' : 'The guide shows in your next game',
    attrs: { type: 'button' },
  });
  guide.disabled = !current.guideSeen;
  guide.addEventListener('click', () => {
    settings.update({ guideSeen: false });
    guide.textContent = 'The guide shows in your next game';
    guide.disabled = true;
  });

  panel.body.append(
    el('form', { className: 'settings-form', attrs: { method: 'dialog' } }, [
      el('fieldset', {}, [
        el('legend', { text: 'Sound' }),
        checkbox('muted', 'Mute', 'Room tone, gavel, paper, news chime and applause.'),
        el('div', { className: 'choice choice-range' }, [
          el('label', { text: 'Volume', attrs: { for: volumeId } }),
          volume,
        ]),
      ]),
      checkbox(
        'reduceMotion',
        'Reduce motion',
        'Stops decorative animation; AI turns play at once. Also on when your system asks for it.',
      ),
      checkbox(
        'colourBlind',
        'Colour-blind palette',
        'Map and table colours that stay distinct with colour blindness.',
      ),
      el('fieldset', {}, [
        el('legend', { text: 'Text size' }),
        sizeOption('normal', 'Normal'),
        sizeOption('large', 'Large'),
      ]),
      el('div', { className: 'choice' }, [guide]),
    ]),
  );
}
