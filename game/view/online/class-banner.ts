// At a class's table: a strip over the game with the phase clock (counting down in real time), "paused by the
// instructor", and the instructor's latest notice. Text only: a notice is set as textContent, never as markup.
import type { ClassTableMessage } from '../../session/online/index';
import { el } from '../ui/dom';

export interface ClassBanner {
  update(info: ClassTableMessage | null): void;
  remove(): void;
}

export function classBanner(): ClassBanner {
  const clock = el('span', { attrs: { 'data-class': 'clock' } });
  const paused = el('strong', { attrs: { 'data-class': 'paused' } });
  const notice = el('span', { attrs: { 'data-class': 'notice' } });
  const strip = el('div', { className: 'class-banner', attrs: { role: 'status', hidden: '' } }, [
    paused,
    clock,
    notice,
  ]);
  strip.style.cssText =
    'position:fixed;top:0;left:50%;transform:translateX(-50%);z-index:50;display:flex;gap:16px;padding:4px 14px;' +
    'background:#13233aee;color:#e8eef7;border:1px solid #f2c14e;border-top:0;border-radius:0 0 8px 8px;font-size:15px;';
  document.body.append(strip);
  let info: ClassTableMessage | null = null;
  const draw = () => {
    if (info === null) {
      strip.hidden = true;
      return;
    }
    const c = info.clock;
    const ms = c.endsAt !== null ? c.endsAt - Date.now() : c.remainingMs;
    if (ms === null) clock.textContent = '';
    else {
      const s = Math.max(0, Math.ceil(ms / 1000));
      clock.textContent = `Phase ends in ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    }
    paused.textContent = c.paused ? 'Paused by the instructor' : '';
    notice.textContent = info.notice ? `Notice: ${info.notice}` : '';
    strip.hidden = clock.textContent === '' && paused.textContent === '' && notice.textContent === '';
  };
  const timer = setInterval(draw, 1000);
  return {
    update(next) {
      info = next;
      draw();
    },
    remove() {
      clearInterval(timer);
      strip.remove();
    },
  };
}
