import {
  DATE_PATTERN,
  formatDateText,
  parseDateText,
} from "../../../src/taskpane/wizard/steps/dateText";

// Date forms: Finnish and Finland-Swedish short dates as CLDR's fi-FI and sv-FI write them
// (d.M.y: 30.6.2025); English in the pane as ISO 8601 (2025-06-30). The stored value is ISO.
describe("the figures-as-of date as typed", () => {
  test.each([
    ["30.6.2025", "2025-06-30"],
    ["30.06.2025", "2025-06-30"],
    [" 1.1.2024 ", "2024-01-01"],
    ["2025-06-30", "2025-06-30"],
    ["2025-6-3", "2025-06-03"],
    ["29.2.2024", "2024-02-29"], // 2024 is a leap year
  ])("reads %p as %p", (text, iso) => expect(parseDateText(text)).toBe(iso));

  test.each(["31.2.2025", "29.2.2025", "30.6.25", "6/30/2025", "30.13.2025", "2025-06-31", "x"])(
    "refuses %p (no such day, or not a form the pane reads)",
    (text) => expect(parseDateText(text)).toBeUndefined()
  );

  test("blank is no date, not an error", () => {
    expect(parseDateText("   ")).toBe("");
  });

  test("shows the stored ISO date in the pane's language, as Intl writes it for fi-FI and sv-FI", () => {
    const june30 = new Date(Date.UTC(2025, 5, 30));
    const intl = (tag: string) => june30.toLocaleDateString(tag, { timeZone: "UTC" });
    expect(formatDateText("2025-06-30", "fi")).toBe(intl("fi-FI")); // 30.6.2025
    expect(formatDateText("2025-06-30", "sv")).toBe(intl("sv-FI")); // 30.6.2025
    expect(formatDateText("2025-06-30", "en")).toBe("2025-06-30");
    expect(formatDateText("", "fi")).toBe("");
  });

  test("what is shown reads back to what is stored, in every language", () => {
    for (const language of ["fi", "sv", "en"] as const)
      for (const iso of ["2025-06-30", "2024-01-01", "2023-12-31"])
        expect(parseDateText(formatDateText(iso, language))).toBe(iso);
    expect(DATE_PATTERN).toEqual({ fi: "p.k.vvvv", sv: "d.m.åååå", en: "yyyy-mm-dd" });
  });
});
