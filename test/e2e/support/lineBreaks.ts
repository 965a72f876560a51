/**
 * Where text breaks across lines, measured in the page: a word whose characters lie on more
 * than one line was split (e.g. "Työvo|ima"); a cell whose text lies on more than one line
 * wrapped. A break after a hyphen or dash or at a soft hyphen (U+00AD, a hyphenation point
 * the text gives) is a proper one, so a "word" here runs up to the next of those or a space.
 * Line positions come from the Range's client rectangles (one per line box).
 */
import type { Locator } from "playwright-core";

/** The words (see above) of the cells' text that are split over two or more lines. */
export function brokenWords(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((els) => {
    const out: string[] = [];
    // The line of each character: its range's last box (a character that starts a line after
    // a soft hyphen also gets a box for the drawn hyphen at the end of the line before).
    const lineOf = (n: Node, i: number) => {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      const boxes = [...r.getClientRects()];
      return Math.round(boxes[boxes.length - 1]?.top ?? -1);
    };
    for (const el of els) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? "";
        for (const m of text.matchAll(/[^\s\u00ad\-–]+[-–]?/g)) {
          const lines = new Set([...m[0]].map((_, k) => lineOf(n!, m.index! + k)));
          if (lines.size > 1) out.push(m[0]);
        }
      }
    }
    return out;
  });
}

/** The texts of the cells whose content takes more than one line. */
export function wrappedCells(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((els) =>
    els
      .filter((el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1;
      })
      .map((el) => el.textContent ?? "")
  );
}
