import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CLI_MESSAGES, cliMessage, type CliMessageId } from "../../src/cli/cliMessage";
import { CliError, EXIT } from "../../src/cli/cliError";

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const ids = Object.keys(CLI_MESSAGES.en) as CliMessageId[];

describe("the CLI's message catalogue", () => {
  it("has every id in English, Finnish and Swedish, with the same placeholders", () => {
    expect(ids.length).toBeGreaterThan(25);
    for (const lang of ["fi", "sv"] as const) {
      expect(Object.keys(CLI_MESSAGES[lang]).sort()).toEqual([...ids].sort());
      for (const id of ids)
        expect([lang, id, placeholders(CLI_MESSAGES[lang][id])]).toEqual([
          lang,
          id,
          placeholders(CLI_MESSAGES.en[id]),
        ]);
    }
  });

  it("leaves no text untranslated: each Finnish and Swedish text differs from the English", () => {
    for (const id of ids) {
      expect([id, CLI_MESSAGES.fi[id].trim()]).not.toEqual([id, ""]);
      expect([id, CLI_MESSAGES.fi[id]]).not.toEqual([id, CLI_MESSAGES.en[id]]);
      expect([id, CLI_MESSAGES.sv[id]]).not.toEqual([id, CLI_MESSAGES.en[id]]);
      expect([id, CLI_MESSAGES.sv[id]]).not.toEqual([id, CLI_MESSAGES.fi[id]]);
    }
  });

  it("has no id the CLI never uses (each appears in src/cli outside the catalogue)", () => {
    const dir = join(__dirname, "../../src/cli");
    const source = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && f !== "cliMessage.ts")
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    expect(ids.filter((id) => !source.includes(`"${id}"`))).toEqual([]);
  });

  it("fills the placeholders in the language asked for", () => {
    const params = { differ: 2, total: 21 };
    expect(cliMessage("check.summary", params, "en")).toBe(
      "2 of 21 formula cells differ from recalculation"
    );
    expect(cliMessage("check.summary", params, "fi")).toBe(
      "Uudelleenlaskennasta poikkeavia kaavasoluja: 2/21"
    );
    expect(cliMessage("check.summary", params, "sv")).toBe(
      "2 av 21 formelceller skiljer sig från omräkningen"
    );
  });

  it("defaults to the locale's language (LC_ALL, then LC_MESSAGES, then LANG)", () => {
    const saved = { ...process.env };
    try {
      delete process.env.LC_ALL;
      delete process.env.LC_MESSAGES;
      process.env.LANG = "sv_FI.UTF-8";
      expect(cliMessage("file.missing", { path: "a.xlsx" })).toBe("a.xlsx: filen finns inte");
      process.env.LC_ALL = "fi_FI.UTF-8";
      expect(cliMessage("file.missing", { path: "a.xlsx" })).toBe("a.xlsx: tiedostoa ei ole");
      process.env.LC_ALL = "C";
      expect(cliMessage("file.missing", { path: "a.xlsx" })).toBe("a.xlsx: no such file");
    } finally {
      process.env = saved;
    }
  });
});

describe("CliError", () => {
  it("keeps its id and values: English as its message, any language on demand, the exit status", () => {
    const e = new CliError("output.isInput", { path: "b.xlsx" }, EXIT.usage);
    expect(e.message).toBe("b.xlsx is the input: add --in-place to overwrite it");
    expect(e.text("fi")).toBe("b.xlsx on syötetiedosto: lisää --in-place, jos haluat korvata sen");
    expect(e.text("sv")).toBe(
      "b.xlsx är indatafilen: lägg till --in-place för att skriva över den"
    );
    expect(e.exitCode).toBe(64);
    expect(new CliError("file.missing", { path: "c.xlsx" }).exitCode).toBe(EXIT.file);
  });
});

describe("CliError across bundles", () => {
  it("is recognized by another copy of its class (the built main.js catches what actions.js throws)", () => {
    let Other: typeof CliError | undefined;
    jest.isolateModules(() => {
      Other = (require("../../src/cli/cliError") as typeof import("../../src/cli/cliError"))
        .CliError;
    });
    expect(Other).not.toBe(CliError);
    const thrown = new Other!("file.missing", { path: "d.xlsx" });
    expect(thrown instanceof CliError).toBe(true);
    expect(new Error("d.xlsx: no such file") instanceof CliError).toBe(false);
    expect((null as unknown as object) instanceof CliError).toBe(false);
  });
});
