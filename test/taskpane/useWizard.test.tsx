/**
 * @jest-environment jsdom
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { createMemoryHost } from "../../src/host/memoryHost";
import { STATE_KEY } from "../../src/taskpane/wizard/persistence";
import { useWizard } from "../../src/taskpane/wizard/useWizard";
import { figureId } from "../../src/taskpane/wizard/validate";

function memoryStore(initial: Record<string, string> = {}) {
  const m = new Map(Object.entries(initial));
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
}
// Formulas are not evaluated here (the engine has its own tests); values are echoed.
const host = (store = memoryStore()) =>
  createMemoryHost(async (sheets) => new Map([...sheets.keys()].map((k) => [k, []])), store);

describe("useWizard", () => {
  it("adds members, refuses a duplicate, pastes a column down the members and undoes the paste", async () => {
    const { result } = renderHook(() => useWizard(host(), "fi"));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    act(() => result.current.addMember("233"));
    act(() => result.current.addMember("408"));
    act(() => result.current.addMember("233"));
    expect(result.current.status).toBe("Kauhava on jo jäsenkunta.");
    // Kymppi's constructed labour forces (test/fixtures/wizard/kymppi.ts): three values, two members.
    act(() => result.current.paste.paste("233", "labourForce", "6 300\r\n6 050\r\n4 700\r\n"));
    // The third value has no member: nothing is applied until the planner has seen that.
    expect(result.current.paste.pending?.extra).toEqual(["4 700"]);
    expect(result.current.inputs.members.map((m) => m.figures.labourForce)).toEqual(["", ""]);
    act(() => result.current.paste.confirm());
    expect(result.current.inputs.members.map((m) => m.figures.labourForce)).toEqual([
      "6 300",
      "6 050",
    ]);
    expect(result.current.status).toBe("2 lukua liitetty.");
    act(() => result.current.paste.undo());
    expect(result.current.inputs.members.map((m) => m.figures.labourForce)).toEqual(["", ""]);
  });

  it("lets a status line go when the language changes (it was said in the other language)", async () => {
    const h = host();
    const { result, rerender } = renderHook(({ language }) => useWizard(h, language), {
      initialProps: { language: "sv" as "fi" | "sv" },
    });
    await waitFor(() => expect(result.current.loaded).toBe(true));
    act(() => result.current.addMember("233"));
    act(() => result.current.addMember("233"));
    expect(result.current.status).toBe("Kauhava är redan medlem.");
    rerender({ language: "fi" });
    expect(result.current.status).toBe("");
  });

  it("does not go on from a step with errors, and shows them only then", async () => {
    const { result } = renderHook(() => useWizard(host(), "en"));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    act(() => result.current.addMember("005"));
    expect(result.current.errorOf(figureId("005", "labourForce"))).toBeUndefined();
    act(() => void result.current.next());
    expect(result.current.step).toBe(0);
    // Step 1 asks only for the labour force (the 20 000 check); the other figures belong to later steps.
    expect(result.current.status).toBe("Fix the marked fields (1) before going on.");
    expect(result.current.errorOf(figureId("005", "labourForce"))).toBe(
      "Labour force (Alajärvi) is required"
    );
  });

  it("reads members and their figures from the selection, naming what it could not find", async () => {
    const h = host();
    h.select([
      ["Kunta", "Työvoima"],
      ["Lappo", 6050],
      [" kauhava ", 6300],
      ["Atlantis", 1],
    ]);
    const { result } = renderHook(() => useWizard(h, "fi"));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.readSelection());
    expect(result.current.inputs.members.map((m) => [m.code, m.figures.labourForce])).toEqual([
      ["408", "6050"],
      ["233", "6300"],
    ]);
    expect(result.current.status).toBe(
      "Valinnasta luettiin 2 kuntaa. Ei löydy kuntarekisteristä: Kunta, Atlantis"
    );
  });

  it("saves the inputs with the workbook and resumes them when the pane reopens", async () => {
    const store = memoryStore();
    const first = renderHook(() => useWizard(host(store), "fi"));
    await waitFor(() => expect(first.result.current.loaded).toBe(true));
    act(() => first.result.current.addMember("759"));
    act(() => first.result.current.setFigure("759", "labourForce", "566"));
    act(() => first.result.current.setStep(2));
    first.unmount(); // saves at once on the way out
    expect(JSON.parse(store.map.get(STATE_KEY)!).step).toBe(2);
    const again = renderHook(() => useWizard(host(store), "fi"));
    await waitFor(() => expect(again.result.current.step).toBe(2));
    expect(again.result.current.inputs.members[0].figures.labourForce).toBe("566");
  });

  it("keeps an unreadable saved state aside instead of overwriting it", async () => {
    const store = memoryStore({ [STATE_KEY]: "{not json" });
    const { result } = renderHook(() => useWizard(host(store), "en"));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(store.map.get(`${STATE_KEY}.unreadable`)).toBe("{not json");
  });
});
