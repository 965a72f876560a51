/**
 * @jest-environment jsdom
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { createMemoryHost } from "../../src/host/memoryHost";
import { STATE_KEY, STATE_VERSION } from "../../src/taskpane/wizard/persistence";
import { useWizard } from "../../src/taskpane/wizard/useWizard";
import { leadInputs } from "./support/leadInputs";

// The Kymppi fixture saved at step 4 with the joint authority's model (support/leadInputs.ts).
const base = leadInputs("percent");
const saved = JSON.stringify({
  version: STATE_VERSION,
  step: 3,
  current: 0,
  scenarios: [
    {
      name: "Vaihtoehto A",
      inputs: { ...base, costSharing: { ...base.costSharing!, model: "joint" } },
    },
  ],
});
const store = () => {
  const m = new Map([[STATE_KEY, saved]]);
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};
// Formulas are not evaluated here (planLead.test.ts evaluates the sheet).
const host = () =>
  createMemoryHost(async (sheets) => new Map([...sheets.keys()].map((k) => [k, []])), store());

describe("choosing and editing the cost-sharing model in the wizard", () => {
  it("switches the model, holds Next on a wrong sum, and hands the agreement to the sheet", async () => {
    const h = host(); // one host: a new one per render would load the saved state again
    const { result } = renderHook(() => useWizard(h, "fi"));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await waitFor(() => expect(result.current.calc.cap).toBe(6796300)); // 0.95 × 7 154 000
    act(() => result.current.setCostModel("percent"));
    // 6 500 000 × 22 % = 1 430 000 € for Kauhava; no cap
    await waitFor(() => expect(result.current.calc.payments?.[0]).toBe(1430000));
    expect(result.current.calc.cap).toBeUndefined();
    expect(result.current.plan?.costSharing?.model).toBe("percent");

    act(() => result.current.setShare("233", "20")); // 98 % in all
    await waitFor(() => expect(result.current.validation.errors.has("shareSum")).toBe(true));
    let held: string | undefined;
    act(() => {
      held = result.current.next();
    });
    expect(held).toBe("shareSum");
    expect(result.current.step).toBe(3);
    expect(result.current.plan).toBeUndefined();

    act(() => result.current.setShare("233", "22"));
    act(() => result.current.setCostModel("fixedUse"));
    act(() => result.current.setFixedPart("60"));
    // 60 % × 6 500 000 × 22 % + 40 % × 6 500 000 × 820 / 3 762 = 858 000 + 566 719.829… =
    // 142 471 982.988 cents: 4 cents are left after the floors and Kauhava's .988 is the
    // largest remainder, so it gets one: 1 424 719.83 €.
    await waitFor(() =>
      expect(result.current.plan?.costSharing).toEqual({
        model: "fixedUse",
        shares: [0.22, 0.21, 0.16, 0.14, 0.08, 0.055, 0.045, 0.04, 0.03, 0.02],
        fixedPart: 0.6,
      })
    );
    expect(result.current.calc.payments![0]).toBe(1424719.83);
  });

  it("takes a column of shares pasted from the agreement's table, '22 %' as 22", async () => {
    const h = host();
    const { result } = renderHook(() => useWizard(h, "fi"));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    act(() => result.current.setCostModel("percent"));
    // From Lapua (2nd) down: 21 %, 16 %, … as Excel copies a percentage column, tabs and CRLF.
    const column = ["21 %", "16 %", "14 %", "8 %", "5,5 %", "4,5 %", "4 %", "3 %", "2 %"];
    act(() =>
      result.current.pasteShares("408", column.map((x) => `${x}\tx`).join("\r\n") + "\r\n")
    );
    act(() => result.current.setShare("233", "22 %"));
    await waitFor(() => expect(result.current.calc.payments?.[0]).toBe(1430000)); // 22 % of 6 500 000
    expect(result.current.inputs.costSharing?.shares["759"]).toBe("2 %"); // Soini, the last
    expect(result.current.validation.errors.size).toBe(0);
  });
});
