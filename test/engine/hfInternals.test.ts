import {
  ArraySize,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { engineKey } from "../../src/engine/hfInternals";

// Pins what the engine relies on in HyperFormula beyond its documented API, so that an
// upgrade that changes it fails here and not somewhere in a spill.

const seen: { graph?: object; sizeAst?: object; callAst?: object; arrayArg?: unknown } = {};

class Probe extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    "PROBE.SPILL": {
      method: "spill",
      sizeOfResultArrayMethod: "spillSize",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      enableArrayArithmeticForArguments: true,
    },
  };
  spill(ast: { args: never[] }, state: never) {
    seen.graph = this.dependencyGraph;
    seen.callAst = ast;
    seen.arrayArg = this.evaluateAst(ast.args[0], state);
    return SimpleRangeValue.onlyValues([[1], [2]]);
  }
  spillSize(ast: object) {
    seen.sizeAst = ast;
    return new ArraySize(1, 2);
  }
}

describe("HyperFormula internals the engine relies on", () => {
  beforeAll(() => {
    HyperFormula.registerFunctionPlugin(Probe as never, { enGB: { "PROBE.SPILL": "PROBE.SPILL" } });
  });
  afterAll(() => HyperFormula.unregisterFunctionPlugin(Probe as never));

  it("engineKey(hf) is the dependency graph a plugin sees (the key of pending re-entries)", () => {
    const hf = HyperFormula.buildFromSheets(
      { S: [[1], [2], ["=PROBE.SPILL(A1:A2*1)"]] },
      { licenseKey: "gpl-v3" }
    );
    expect(seen.graph).toBeDefined();
    expect(engineKey(hf)).toBe(seen.graph);
    hf.destroy();
  });

  it("the size method and the call get the same formula node within one entry", () => {
    expect(seen.callAst).toBeDefined();
    expect(seen.sizeAst).toBe(seen.callAst);
  });

  it("enableArrayArithmeticForArguments makes A1:A2*1 an array argument", () => {
    expect(seen.arrayArg).toBeInstanceOf(SimpleRangeValue);
    expect((seen.arrayArg as SimpleRangeValue).data).toEqual([[1], [2]]);
  });

  it("a result larger than the cells reserved for it makes HyperFormula throw (hence #VALUE! until re-entry)", () => {
    class TooBig extends FunctionPlugin {
      static override implementedFunctions: ImplementedFunctions = {
        "PROBE.BIG": { method: "big", sizeOfResultArrayMethod: "bigSize", parameters: [] },
      };
      big() {
        return SimpleRangeValue.onlyValues([[1], [2], [3]]);
      }
      bigSize() {
        return new ArraySize(1, 2);
      }
    }
    HyperFormula.registerFunctionPlugin(TooBig as never, { enGB: { "PROBE.BIG": "PROBE.BIG" } });
    expect(() =>
      HyperFormula.buildFromSheets({ S: [["=PROBE.BIG()"]] }, { licenseKey: "gpl-v3" })
    ).toThrow();
    HyperFormula.unregisterFunctionPlugin(TooBig as never);
  });
});
