import { adapters } from "../../src/functions/adapters";
import { CATALOGUE } from "../fixtures/hostile/catalogue";

// Each default the catalogue declares (and the help texts state: "Default 0.95.") is the value
// the core uses when the argument is omitted: the valid call of every function (the
// hostile-input fixture, whose figures name their sources) computes the same with the
// argument omitted and with the declared default written out.
const cases = CATALOGUE.flatMap((f) =>
  f.params.flatMap((p, i) =>
    p.defaultValue === undefined ? [] : [[`${f.id}(${p.id} = ${p.defaultValue})`, f, i] as const]
  )
);

describe("declared defaults", () => {
  it("cover every optional parameter except the replaceable tables", () => {
    const without = CATALOGUE.flatMap((f) =>
      f.params.filter((p) => p.optional && p.defaultValue === undefined).map((p) => p.id)
    );
    expect([...new Set(without)]).toEqual(["neighbourPairs", "bands"]);
  });

  it.each(cases)("%s: omitted gives the same as the default written out", (_, f, i) => {
    const omitted = [...f.valid];
    omitted[i] = null;
    const given = [...f.valid];
    given[i] = f.params[i].defaultValue!;
    const adapter = adapters[f.id];
    expect(adapter(...given)).toEqual(adapter(...omitted));
    expect(adapter(...omitted).ok).toBe(true);
  });
});
