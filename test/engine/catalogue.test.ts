import { catalogue } from "../../src/engine";
const { generate, engineCatalogue } = require("../../scripts/functions-metadata.js");

describe("the engine's catalogue", () => {
  it("equals a fresh generation from the JSDoc of src/functions/functions.ts", async () => {
    const { metadata, errors } = await generate();
    expect(errors).toEqual([]);
    // If this fails: run `node scripts/functions-metadata.js` and commit src/engine/catalogue.json.
    expect(catalogue).toEqual(engineCatalogue(metadata));
  }, 60000);
});
