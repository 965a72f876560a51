import { TEMPLATES_STRINGS } from "../../../src/taskpane/templates/strings";

// What snapshot to values really does (src/host/excelSnapshot.ts, memoryHost.ts): only the
// add-in's TYOALUE formulas, on every sheet, become values; other formulas stay; no undo.
const says = {
  fi: {
    sheets: "kaikilla välilehdillä",
    others: "Muut kaavat säilyvät",
    undo: "Tätä ei voi perua",
    copy: "tallenna ensin kopio",
  },
  sv: {
    sheets: "på alla blad",
    others: "Andra formler behålls",
    undo: "Det går inte att ångra",
    copy: "spara en kopia först",
  },
  en: {
    sheets: "on every sheet",
    others: "Other formulas stay",
    undo: "This cannot be undone",
    copy: "save a copy first",
  },
} as const;

describe.each(["fi", "sv", "en"] as const)("snapshot texts (%s)", (lang) => {
  const t = TEMPLATES_STRINGS[lang];
  const s = says[lang];

  it.each(["snapshotIntro", "snapshotConfirm"] as const)(
    "%s names the TYOALUE formulas, every sheet, what stays and that it is final",
    (key) => {
      for (const part of ["TYOALUE", s.sheets, s.others, s.undo, s.copy])
        expect(t[key]).toContain(part);
    }
  );

  it("the result names TYOALUE formulas, a count that reads right for 1, and the note sheet", () => {
    expect(t.snapshotDone).toMatch(/^TYOALUE[^{]*: \{count\}\. [^{]+\{sheet\}\.$/);
  });
});
