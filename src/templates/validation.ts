import type ExcelJS from "exceljs";
import { cellAddress, parseCell } from "../core";
import type { TemplateCell, Lang, TemplateFormat } from "./spec";

interface Rule {
  readonly type: "whole" | "decimal";
  readonly operator: "greaterThanOrEqual" | "between";
  readonly formulae: number[];
  readonly error: Readonly<Record<Lang, string>>;
}

/** What an input cell accepts, by its number format (text inputs are not restricted). */
const RULES: Partial<Record<TemplateFormat, Rule>> = {
  int: {
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [0],
    error: {
      fi: "Kirjoita kokonaisluku, joka on vähintään 0 (ilman välilyöntejä).",
      sv: "Skriv ett heltal som är minst 0 (utan mellanslag).",
    },
  },
  eur: {
    type: "decimal",
    operator: "greaterThanOrEqual",
    formulae: [0],
    error: {
      fi: "Kirjoita euromäärä, joka on vähintään 0.",
      sv: "Skriv ett eurobelopp som är minst 0.",
    },
  },
  fte: {
    type: "decimal",
    operator: "greaterThanOrEqual",
    formulae: [0],
    error: {
      fi: "Kirjoita henkilötyövuodet lukuna, vähintään 0.",
      sv: "Skriv årsverkena som ett tal, minst 0.",
    },
  },
  share: {
    type: "decimal",
    operator: "between",
    formulae: [0, 1],
    error: {
      fi: "Kirjoita prosentti väliltä 0 % … 100 % (esim. 95 %).",
      sv: "Skriv en procentsats mellan 0 % och 100 % (t.ex. 95 %).",
    },
  },
  year: {
    type: "whole",
    operator: "between",
    formulae: [2000, 2100],
    error: {
      fi: "Kirjoita vuosiluku väliltä 2000–2100 (esim. 2023).",
      sv: "Skriv ett årtal mellan 2000 och 2100 (t.ex. 2023).",
    },
  },
  pct: {
    type: "decimal",
    operator: "between",
    formulae: [-1, 1],
    error: {
      fi: "Kirjoita muutos prosentteina väliltä −100 % … 100 % (esim. −1,4 %).",
      sv: "Skriv förändringen i procent mellan −100 % och 100 % (t.ex. −1,4 %).",
    },
  },
};

/**
 * Data validation for an input or example cell, so that a typo such as "28 616" typed as
 * text is stopped in Excel with a message in the workbook's language. Undefined for cells
 * that are not inputs or have no numeric format.
 */
export function inputValidation(
  cell: TemplateCell,
  lang: Lang
): ExcelJS.DataValidation | undefined {
  if (cell.formula || (cell.style !== "input" && cell.style !== "example") || !cell.format)
    return undefined;
  const rule = RULES[cell.format];
  if (!rule) return undefined;
  return {
    type: rule.type,
    operator: rule.operator,
    formulae: rule.formulae,
    allowBlank: false,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: lang === "fi" ? "Tarkista luku" : "Kontrollera talet",
    error: rule.error[lang],
  };
}

/** exceljs's range-level validation store (not in its typings). */
type WithValidations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

/**
 * Adds the validations of a sheet's input cells, one range per run of adjacent cells in a
 * column with the same rule (exceljs's own per-cell merging can emit overlapping ranges).
 */
export function addInputValidations(
  ws: ExcelJS.Worksheet,
  cells: readonly TemplateCell[],
  lang: Lang
): void {
  const runs: {
    col: number;
    top: number;
    bottom: number;
    key: string;
    v: ExcelJS.DataValidation;
  }[] = [];
  const sorted = cells
    .map((c) => ({ at: parseCell(c.ref), v: inputValidation(c, lang) }))
    .filter((x) => x.v)
    .sort((a, b) => a.at.col - b.at.col || a.at.row - b.at.row);
  for (const { at, v } of sorted) {
    const key = JSON.stringify(v);
    const last = runs[runs.length - 1];
    if (last && last.col === at.col && last.bottom === at.row - 1 && last.key === key)
      last.bottom = at.row;
    else runs.push({ col: at.col, top: at.row, bottom: at.row, key, v: v! });
  }
  for (const r of runs) {
    const range =
      r.top === r.bottom
        ? cellAddress(r.top, r.col)
        : `${cellAddress(r.top, r.col)}:${cellAddress(r.bottom, r.col)}`;
    (ws as unknown as WithValidations).dataValidations.add(range, r.v);
  }
}
