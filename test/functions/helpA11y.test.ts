/**
 * @jest-environment jsdom
 */
import axe from "axe-core";
import { metadataByLang } from "../../scripts/functionsMetadata";
import { roundingNotesByLang } from "../../scripts/functionsRounding";
const { buildOutputs } = require("../../scripts/functions-build.js");

// The help pages are static HTML served by the add-in; axe-core checks them in jsdom
// (colour contrast is not computed there; the stylesheet uses #1b1b1b on #fff and #0f5ea8 links).
let pages: Record<string, string>;

beforeAll(() => {
  pages = buildOutputs(metadataByLang(), roundingNotesByLang());
});

const load = (html: string) => {
  const doc = new DOMParser().parseFromString(html, "text/html");
  document.documentElement.lang = doc.documentElement.lang;
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
};

describe("help pages pass axe-core", () => {
  it.each([
    "en/index.html",
    "fi/BENEFITCOST.html",
    "sv/SUBSIDYALLOCATION.html",
    "en/CONTIGUOUS.html",
  ])("%s", async (page) => {
    load(pages[`help/${page}`]);
    const result = await axe.run(document, { rules: { "color-contrast": { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
