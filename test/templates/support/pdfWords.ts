import { execFileSync } from "node:child_process";

/** One word of a PDF page as poppler's `pdftotext -bbox` places it (points, y downwards). */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** A page's size in points and its words. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]);

/** The pages of a PDF with the position of every word (needs poppler-utils' `pdftotext`). */
export function pdfPages(file: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  const pages: PdfPage[] = [];
  for (const page of html.split("<page ").slice(1)) {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words: PdfWord[] = [];
    const word =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (let m = word.exec(page); m; m = word.exec(page))
      words.push({
        text: decode(m[5]),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]), words });
  }
  return pages;
}

/**
 * Where a text was drawn: the first word of the leftmost place where all its words follow
 * each other on one line (a cell's text, not the same words elsewhere on the page).
 */
export function findText(page: PdfPage, text: string): PdfWord | undefined {
  const parts = text.split(/\s+/).filter(Boolean);
  const { words } = page;
  const hits = words.filter((w, i) =>
    parts.every((p, k) => {
      const x = words[i + k];
      return x !== undefined && x.text === p && Math.abs(x.yMin - w.yMin) < 1;
    })
  );
  return hits.sort((a, b) => a.xMin - b.xMin)[0];
}
