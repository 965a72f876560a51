import { hyphenate } from "../../src/taskpane/wizard/hyphenate";

const SHY = "\u00ad";
const points = (text: string) => text.split(SHY).join("·");

// Hyphenation points: Finnish by Kotus's syllable rules (a break before a consonant that a
// vowel follows: työ-voi-ma, työt-tö-myys); Swedish and English as their dictionaries divide
// (ar-bets-kraft, un-em-ploy-ment).
describe("hyphenation points for the narrow tables' headers", () => {
  test.each([
    ["Työvoima", "fi", "Työ·voi·ma"],
    ["Laaja työttömyys", "fi", "Laaja työt·tö·myys"],
    ["18–64-vuotiaat", "fi", "18–64-vuo·ti·aat"],
    ["Arbetskraft", "sv", "Ar·bets·kraft"],
    ["Bred arbetslöshet", "sv", "Bred ar·bets·lös·het"],
    ["Broad unemployment", "en", "Broad un·em·ploy·ment"],
  ] as const)("%s (%s) → %s", (text, language, expected) => {
    expect(points(hyphenate(text, language))).toBe(expected);
  });

  test("reads the same without its soft hyphens, and leaves unknown words and other languages' words alone", () => {
    expect(hyphenate("Laaja työttömyys", "fi").split(SHY).join("")).toBe("Laaja työttömyys");
    expect(hyphenate("Kunta", "fi")).toBe("Kunta");
    expect(hyphenate("Työvoima", "sv")).toBe("Työvoima");
  });
});
