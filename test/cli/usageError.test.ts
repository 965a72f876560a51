import { run } from "../../src/cli/main";
import { usageError } from "../../src/cli/usageError";
import { captureCliOutput } from "./support/captureCliOutput";

const { err } = captureCliOutput();

/** The first lines on stderr of a run under a locale (commander then prints the help). */
async function usage(lcAll: string, argv: string[]): Promise<string[]> {
  const saved = process.env.LC_ALL;
  process.env.LC_ALL = lcAll;
  try {
    expect(await run(argv)).toBe(64);
  } finally {
    if (saved === undefined) delete process.env.LC_ALL;
    else process.env.LC_ALL = saved;
  }
  return err.join("").split("\n").slice(0, 2);
}

describe("commander's usage errors in the user's language", () => {
  // Each case is a usage error of commander 14 read back by its pattern: if commander words
  // one differently, its English line comes through and the case fails here.
  it.each([
    [["calc"], "virhe: pakollinen argumentti 'workbook.xlsx' puuttuu"],
    [
      ["calc", "a.xlsx", "b.xlsx"],
      "virhe: liikaa argumentteja komennolle 'calc': odotettiin 1, annettiin 2",
    ],
    [["calc", "a.xlsx", "--nope"], "virhe: tuntematon valitsin '--nope'"],
    [["calc", "a.xlsx", "--out"], "virhe: valitsimen '--out <file.xlsx>' argumentti puuttuu"],
    [["frobnicate"], "virhe: tuntematon komento 'frobnicate'"],
  ])("fi: %j", async (argv, line) => {
    expect((await usage("fi_FI.UTF-8", argv))[0]).toBe(line);
  });

  it("names commander's suggestion in Swedish, and the help follows in Swedish", async () => {
    expect(await usage("sv_FI.UTF-8", ["calc", "a.xlsx", "--jsn"])).toEqual([
      "fel: okänt alternativ '--jsn'",
      "(Menade du --json?)",
    ]);
    expect(err.join("")).toContain("Användning:");
  });

  it("in English, commander's own lines", async () => {
    expect(await usage("C", ["calcc"])).toEqual([
      "error: unknown command 'calcc'",
      "(Did you mean calc?)",
    ]);
  });

  it("reads commander's lines back one by one (the TSDoc example)", () => {
    expect(usageError("error: unknown option '--jsn'\n(Did you mean --json?)\n", "sv")).toBe(
      "fel: okänt alternativ '--jsn'\n(Menade du --json?)\n"
    );
  });

  it("leaves a line of no known form as it is", () => {
    expect(usageError("error: something new\n", "fi")).toBe("error: something new\n");
  });
});
