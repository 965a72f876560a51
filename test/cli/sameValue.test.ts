import { sameValue } from "../../src/cli/sameValue";

describe("sameValue: what calc --check counts as equal", () => {
  it("money to the cent: float noise passes, a cent's difference does not", () => {
    expect(sameValue(74.42, 74.42 + 1e-14)).toBe(true); // float noise far below a cent
    expect(sameValue(1.01, 1.0)).toBe(false); // TSDoc example
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(1234567.89, 1234567.9)).toBe(false); // within 1e-9 relative, but a cent apart
  });
  it("fractions to about nine significant digits", () => {
    expect(sameValue(0.375, 0.375 + 1e-12)).toBe(true);
    expect(sameValue(0.1234567, 0.1234568)).toBe(false);
  });
  it("text, booleans, blanks and errors", () => {
    expect(sameValue("Kannus", "Kannus")).toBe(true);
    expect(sameValue("Kannus", "kannus")).toBe(false);
    expect(sameValue(true, true)).toBe(true);
    expect(sameValue(true, 1)).toBe(false);
    expect(sameValue(null, "")).toBe(true);
    expect(sameValue({ error: "#VALUE!" }, { error: "#VALUE!" })).toBe(true);
    expect(sameValue({ error: "#VALUE!" }, { error: "#N/A" })).toBe(false);
    expect(sameValue(null, 0)).toBe(false);
  });
});
