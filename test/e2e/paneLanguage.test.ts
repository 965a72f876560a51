/**
 * The pane in the planner's language at a task pane's 420 px (built dist/, Chromium with a
 * Finnish locale): region names in Swedish and English (Statistics Finland's regions 2025),
 * the "figures as of" date typed as the pane's language writes it and stored as ISO, table
 * headers that wrap between words or at hyphenation points (never "Työvo|ima") and figures
 * that never wrap, and the Area step's map marking the suggested additions. Member figures are Kymppi's CONSTRUCTED per-member figures
 * (test/fixtures/wizard/kymppi.ts); screenshots go to test-output/.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { KYMPPI_MEMBERS as M } from "../fixtures/wizard/kymppi";
import { openPane, type Pane } from "./support/openPane";
import { brokenWords, wrappedCells } from "./support/lineBreaks";
import { countOnceShown } from "./support/waitFor";
import { addMember, figure, next, seriousViolations, shot } from "./wizardDriver";

const OUT = path.resolve(__dirname, "../../test-output");
const fi = (n: number) => n.toLocaleString("fi-FI");
const byName = (name: string) => M.find((m) => m.name === name)!;

let pane: Pane;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  pane = await openPane();
  page = pane.page;
});
afterAll(() => pane?.close());

const language = (code: "fi" | "sv" | "en") =>
  page.locator("header select").first().selectOption(code);
const optionTexts = (select: Locator) =>
  select.locator("option").evaluateAll((xs) => xs.map((x) => x.textContent ?? ""));
/** The saved wizard state's "figures as of" value (the preview saves to localStorage). */
const savedAsOf = () =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem("tyoalue.wizard.v1") ?? "{}").scenarios?.[0]?.inputs?.asOf
  );

describe("region presets in the pane's language (Statistics Finland, regions 2025, fi/sv/en)", () => {
  it("names and sorts the regions in fi, sv and en, and adds Keski-Pohjanmaa by its Swedish name", async () => {
    const preset = page.locator("#member-preset");
    const regions = async () =>
      (await optionTexts(preset)).filter((x) => /^(Maakunta|Landskap|Region) /.test(x));
    const fiNames = await regions();
    expect(fiNames).toHaveLength(18); // the mainland regions; Åland is outside the reform
    expect(fiNames[0]).toMatch(/^Maakunta Etelä-Karjala \(\d+\)$/);
    expect(fiNames.at(-1)).toMatch(/^Maakunta Varsinais-Suomi /);
    await language("sv");
    const svNames = await regions();
    expect(svNames).toContain("Landskap Nyland (26)"); // 26 municipalities in Uusimaa (registry)
    expect(svNames).toContainEqual(expect.stringMatching(/^Landskap Egentliga Finland /));
    expect(svNames.at(-1)).toMatch(/^Landskap Österbotten /); // Ö sorts after Z in Swedish
    await preset.selectOption({ label: "Landskap Mellersta Österbotten (8)" });
    await page.getByText(/8 medlemmar tillagda från Mellersta Österbotten/).waitFor();
    await shot(page, OUT, "pane-region-preset-420-sv");
    await language("en");
    const enNames = await regions();
    expect(enNames[0]).toMatch(/^Region Central Finland /);
    expect(enNames).toContainEqual(expect.stringMatching(/^Region Southwest Finland /));
    expect(enNames).toContainEqual(expect.stringMatching(/^Region Lapland /));
    await language("fi");
    await page.getByRole("heading", { level: 2, name: /Vaihe 1\/6/ }).waitFor();
    await shot(page, OUT, "pane-region-preset-420-fi");
  });
});

describe("the figures-as-of date follows the pane's language, stored as YYYY-MM-DD", () => {
  it("reads 30.6.2025 in fi, shows 2025-06-30 in en and 30.6.2025 in sv, and says what is wrong with 31.2.2025", async () => {
    const field = page.getByRole("textbox", { name: "Lukujen ajankohta" });
    // The hint is the field's description: a screen reader reads the format with the label.
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const description = await page.evaluate(
      (ids) => ids.split(" ").map((id) => document.getElementById(id)?.textContent ?? ""),
      describedBy
    );
    expect(description.join(" ")).toContain("Muodossa p.k.vvvv, esim. 30.6.2025.");
    await field.fill("");
    await field.pressSequentially("30.6.2025");
    await page.keyboard.press("Tab");
    await expect(field.inputValue()).resolves.toBe("30.6.2025");
    await page.waitForFunction(
      () =>
        JSON.parse(localStorage.getItem("tyoalue.wizard.v1") ?? "{}").scenarios?.[0]?.inputs
          ?.asOf === "2025-06-30"
    );
    await language("en");
    await expect(page.locator("#figures-as-of").inputValue()).resolves.toBe("2025-06-30");
    await language("sv");
    const sv = page.getByRole("textbox", { name: "Siffrornas tidpunkt" });
    await expect(sv.inputValue()).resolves.toBe("30.6.2025");
    // A day that does not exist: said in words once the field is left, and no date is kept.
    await sv.fill("31.2.2025");
    await page.keyboard.press("Tab");
    await page
      .getByText('"31.2.2025" är inte ett datum: skriv det i formen d.m.åååå, t.ex. 30.6.2025.')
      .waitFor();
    await expect(sv.getAttribute("aria-invalid")).resolves.toBe("true");
    await page.waitForFunction(
      () =>
        JSON.parse(localStorage.getItem("tyoalue.wizard.v1") ?? "{}").scenarios?.[0]?.inputs
          ?.asOf === ""
    );
    await shot(page, OUT, "pane-as-of-invalid-420-sv");
    expect(await seriousViolations(page)).toEqual([]);
    await language("fi");
    await page
      .getByText('"31.2.2025" ei ole päivämäärä: kirjoita muodossa p.k.vvvv, esim. 30.6.2025.')
      .waitFor();
    await field.fill("2025-06-30"); // ISO is read in every language, and shown the Finnish way
    await page.keyboard.press("Tab");
    await expect(field.inputValue()).resolves.toBe("30.6.2025");
    await expect(field.getAttribute("aria-invalid")).resolves.not.toBe("true");
    await page.waitForFunction(
      () =>
        JSON.parse(localStorage.getItem("tyoalue.wizard.v1") ?? "{}").scenarios?.[0]?.inputs
          ?.asOf === "2025-06-30"
    );
    expect(await savedAsOf()).toBe("2025-06-30");
    await shot(page, OUT, "pane-as-of-420-fi");
  });
});

describe("tables at 420 px: header words are never split, numbers never wrap", () => {
  it("keeps the member table's headers whole in fi and sv", async () => {
    const heads = page.locator("table:has([id^='m:']) thead th");
    await heads.first().waitFor();
    const bothGroups = async (clients: string, population: string) => {
      expect(await brokenWords(heads)).toEqual([]);
      await page.getByRole("tab", { name: clients }).click();
      await page.locator('[id$=":clientsMulti"]').first().waitFor();
      expect(await brokenWords(heads)).toEqual([]);
      await page.getByRole("tab", { name: population }).click();
    };
    await bothGroups("Asiakkaat", "Työvoima ja väestö");
    await language("sv");
    await page.getByRole("heading", { level: 2, name: /Steg 1 av 6/ }).waitFor();
    await bothGroups("Klienter", "Arbetskraft och befolkning");
    await shot(page, OUT, "pane-member-table-420-sv");
    await language("en");
    await page.getByRole("heading", { level: 2, name: /Step 1/ }).waitFor();
    expect(await brokenWords(heads)).toEqual([]);
    await language("fi");
    await page.getByRole("heading", { level: 2, name: /Vaihe 1\/6/ }).waitFor();
    await shot(page, OUT, "pane-member-table-420-fi");
  });

  // CONSTRUCTED figures for Keski-Pohjanmaa's eight municipalities (as in test/e2e/forming.test.ts).
  const REGION: [string, number][] = [
    ["Kokkola", 20000],
    ["Kannus", 2000],
    ["Kaustinen", 1000],
    ["Veteli", 20000],
    ["Halsua", 500],
    ["Lestijärvi", 300],
    ["Perho", 1000],
    ["Toholampi", 1200],
  ];

  it("shows the Form areas table with whole 'Työvoima'/'Arbetskraft' and one-line figures; the region picker speaks Swedish", async () => {
    await page.getByRole("tab", { name: "Muodosta alueet" }).click();
    await page.getByLabel("Maakunta").selectOption({ label: "Keski-Pohjanmaa" });
    await page
      .getByLabel("Kunnat ja työvoima (liitä Excelistä)")
      .fill(REGION.map(([n, v]) => `${n}\t${fi(v)}`).join("\n"));
    const table = page.getByTestId("proposed-areas");
    await table.waitFor();
    const check = async () => {
      expect(await brokenWords(table.locator("thead th"))).toEqual([]);
      expect(await wrappedCells(table.locator("tbody td:nth-child(3)"))).toEqual([]);
    };
    await check();
    await shot(page, OUT, "pane-forming-table-420-fi");
    await language("sv");
    await page.getByText(/Föreslagna områden: \d/).waitFor();
    const region = page.getByLabel("Landskap");
    await expect(
      region.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].textContent)
    ).resolves.toBe("Mellersta Österbotten");
    const options = (await optionTexts(region)).slice(1); // after "(inklistrad tabell)"
    expect(options.at(-1)).toBe("Österbotten");
    expect(options).toEqual([...options].sort(new Intl.Collator("sv").compare));
    await check();
    await shot(page, OUT, "pane-forming-table-420-sv");
    expect(await seriousViolations(page)).toEqual([]);
    await language("fi");
  });
});

describe("the Area step's map marks the suggested additions (fi and sv, 420 px)", () => {
  it("hatches Alavus on the map with a legend entry and names it in the map's text, until it is added", async () => {
    await pane.close();
    pane = await openPane();
    page = pane.page;
    const short = ["Alajärvi", "Evijärvi", "Kauhava", "Lapua"].map(byName); // 17 250 in all
    for (const m of short) {
      await addMember(page, m.name, m.code);
      await figure(page, m.code, "labourForce").fill(fi(m.labourForce));
    }
    await next(page, /Vaihe 2\/6/);
    const others = M.filter((m) => !short.includes(m));
    await page
      .getByTestId("suggestion")
      .getByLabel("Liitä taulukko kunnista ja työvoimasta")
      .fill(others.map((m) => `${m.name}\t${fi(m.labourForce)}`).join("\n"));
    // 20 000 − 17 250 = 2 750 short; Alavus (4 700) is the single addition that reaches it.
    await page.getByRole("button", { name: `Lisää Alavus: +${fi(4700)}` }).waitFor();
    const map = page.getByTestId("area-map");
    const alavus = map.locator('path[data-code="010"]');
    await alavus.waitFor();
    expect(await alavus.getAttribute("data-suggested")).toBe("true");
    expect(await alavus.getAttribute("fill")).toMatch(/^url\(#/); // a hatch, not a colour alone
    const legend = page.getByTestId("legend-suggested");
    await expect(legend.textContent()).resolves.toBe("ehdotettu lisäys");
    const alt = (await map.getAttribute("aria-label")) ?? "";
    expect(alt).toContain("Ehdotetut lisäykset: Alavus.");
    expect(alt).not.toMatch(/Naapurikunnat alueen ulkopuolella:[^.]*Alavus/);
    await legend.scrollIntoViewIfNeeded();
    await shot(page, OUT, "pane-map-suggested-420-fi");
    expect(await seriousViolations(page)).toEqual([]);
    await language("sv");
    await page.getByRole("button", { name: `Lägg till Alavo: +${fi(4700)}` }).waitFor();
    await page.getByText("föreslaget tillägg").waitFor();
    await expect(map.getAttribute("aria-label")).resolves.toContain("Föreslagna tillägg: Alavo.");
    await shot(page, OUT, "pane-map-suggested-420-sv");
    await page.getByRole("button", { name: `Lägg till Alavo: +${fi(4700)}` }).click();
    // Added: a member now, drawn as one, and the suggestion's mark and legend are gone.
    expect(await countOnceShown(legend, 0)).toBe(0);
    await expect(alavus.getAttribute("data-suggested")).resolves.toBeNull();
    await expect(map.getAttribute("aria-label")).resolves.not.toContain("Föreslagna tillägg");
    expect(pane.errors).toEqual([]);
  });
});
