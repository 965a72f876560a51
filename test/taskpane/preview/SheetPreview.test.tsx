/** @jest-environment jsdom */
/**
 * The preview grid shows the comparison sheet's highlights from the computed values, with a
 * text cue for screen readers (colour is never the only cue). Scenarios: Kymppi and Kymppi
 * without Soini, budget 6 400 000 € (test/taskpane/compare/support.ts).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { previewCapabilities } from "../../../src/taskpane/preview/createPreviewHost";
import SheetPreview from "../../../src/taskpane/preview/SheetPreview";
import { COMPARE_LABELS } from "../../../src/taskpane/i18n/compareLabels";
import { compareSheet } from "../../../src/taskpane/sheet/compareSheet";
import { memoryHost, twoScenarios } from "../compare/support";

describe("SheetPreview of the comparison sheet", () => {
  it.each(["fi", "sv", "en"] as const)(
    "%s: B's differing cells are marked and say so in text; A's and agreeing cells are not",
    async (language) => {
      const host = memoryHost(language);
      const { name } = await host.writeSheet(
        compareSheet(twoScenarios(), COMPARE_LABELS[language])
      );
      render(
        <FluentProvider theme={webLightTheme}>
          <SheetPreview
            host={previewCapabilities(host).workbook}
            name={name}
            language={language}
            title="Preview"
            chartsTitle="Charts"
          />
        </FluentProvider>
      );
      await screen.findByTestId("sheet-grid");
      const cell = (ref: string) => document.querySelector(`[data-cell="${ref}"]`)!;
      // Row 5 members 10 vs 9; row 11 the cap 6 796 300 € in both (same amount apportioned).
      expect(cell("C5").hasAttribute("data-differs")).toBe(true);
      expect(cell("C5").textContent).toBe(`9 (${COMPARE_LABELS[language].differsCue})`);
      expect(cell("B5").hasAttribute("data-differs")).toBe(false);
      expect(cell("C11").hasAttribute("data-differs")).toBe(false);
      // The ≠ column names B where it differs (row 5), nothing where it agrees (row 11).
      expect([cell("D5").textContent, cell("D11").textContent]).toEqual(["Ilman Soinia", ""]);
      // The comparison sheet has no charts: no empty "Charts" heading either.
      expect(screen.queryByRole("heading", { name: "Charts" })).toBeNull();
    },
    60000
  );
});
