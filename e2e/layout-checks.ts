// Layout checks on bounding boxes, shared by the browser tests: text wrapped onto a second line, a box cut at the
// right edge (of the viewport or of an ancestor that clips), and boxes that overlap. Each returns one line per
// problem, so a failing test says what and where.
import type { Page } from '@playwright/test';

/**
 * The elements matching `selector` whose own text takes more than one line: their text nodes' boxes, grouped
 * by line (a new line starts below the previous one's middle). Hidden elements are skipped.
 */
export function wrappedText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const problems: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>(sel)) {
      if (node.getClientRects().length === 0) continue;
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const parent = t.parentElement;
        if (!t.textContent?.trim() || !parent || parent.getClientRects().length === 0) continue;
        // Visually hidden text (1 px, clipped) is for screen readers only.
        if (parent.getBoundingClientRect().width <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
      }
      rects.sort((a, b) => a.top - b.top);
      let lines = 0;
      let lineMiddle = Number.NEGATIVE_INFINITY;
      for (const r of rects) {
        if (r.top > lineMiddle) {
          lines += 1;
          lineMiddle = r.top + r.height / 2;
        }
      }
      if (lines > 1) problems.push(`"${node.textContent?.trim().slice(0, 50)}" takes ${lines} lines`);
    }
    return problems;
  }, selector);
}

/**
 * The elements matching `selector` that are cut at the right: past the viewport's right edge, past the right edge
 * of an ancestor that clips or scrolls its overflow, or wider inside than their own box (scrollWidth).
 */
export function cutAtRight(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const problems: string[] = [];
    const name = (n: Element) => `${n.tagName.toLowerCase()}.${n.className} "${n.textContent?.trim().slice(0, 40)}"`;
    for (const node of document.querySelectorAll<HTMLElement>(sel)) {
      if (node.getClientRects().length === 0) continue;
      const r = node.getBoundingClientRect();
      if (r.width <= 1 || node.closest('.visually-hidden')) continue; // for screen readers only
      if (r.right > window.innerWidth + 1)
        problems.push(`${name(node)} past the viewport (right ${Math.round(r.right)})`);
      if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
        problems.push(`${name(node)} cut inside (${node.scrollWidth} wide in ${node.clientWidth})`);
      for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (r.right > b.right + 1) {
          problems.push(
            `${name(node)} cut by ${a.tagName.toLowerCase()}.${a.className} (right ${Math.round(r.right)} > ${Math.round(b.right)})`,
          );
          break;
        }
      }
    }
    return problems;
  }, selector);
}

/** Every pair of a visible `a` and a visible `b` whose boxes overlap (by more than half a pixel). */
export function overlapping(page: Page, a: string, b: string): Promise<string[]> {
  return page.evaluate(
    ([sa, sb]) => {
      const boxes = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)]
          .filter((n) => n.getClientRects().length > 0)
          .map((n) => ({ n, r: n.getBoundingClientRect() }));
      const problems: string[] = [];
      const e = 0.5;
      for (const x of boxes(sa)) {
        for (const y of boxes(sb)) {
          if (x.n === y.n || x.n.contains(y.n) || y.n.contains(x.n)) continue;
          const r = x.r;
          const s = y.r;
          if (r.left < s.right - e && s.left < r.right - e && r.top < s.bottom - e && s.top < r.bottom - e)
            problems.push(
              `"${x.n.textContent?.trim().slice(0, 30)}" overlaps "${y.n.textContent?.trim().slice(0, 30)}"`,
            );
        }
      }
      return problems;
    },
    [a, b] as const,
  );
}
