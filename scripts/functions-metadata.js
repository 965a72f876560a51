/* global require, module, __dirname, process, console */
// Generates the custom-functions metadata from src/functions/functions.ts exactly as the
// webpack plugin does, and (run directly) writes the copy the headless engine registers its
// functions from: src/engine/catalogue.json. A test proves the committed copy is fresh.
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const SOURCE = path.resolve(__dirname, "../src/functions/functions.ts");
const ENGINE_COPY = path.resolve(__dirname, "../src/engine/catalogue.json");

/** Generates the metadata; resolves to { metadata, errors } (errors as the generator reports them). */
async function generate() {
  const result = await generateCustomFunctionsMetadata([SOURCE], false);
  return {
    metadata: result.errors.length ? undefined : JSON.parse(result.metadataJson),
    errors: result.errors,
  };
}

/** The subset the engine needs: id, parameters (name, dimensionality, optional) and result shape. */
function engineCatalogue(metadata) {
  return metadata.functions.map((f) => ({
    id: f.id,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      dimensionality: p.dimensionality || "scalar",
      optional: !!p.optional,
    })),
    result: { dimensionality: (f.result && f.result.dimensionality) || "scalar" },
  }));
}

if (require.main === module) {
  generate().then(({ metadata, errors }) => {
    if (errors.length) {
      console.error(errors.join("\n"));
      process.exit(1);
    }
    fs.writeFileSync(ENGINE_COPY, JSON.stringify(engineCatalogue(metadata), null, 2) + "\n");
    console.log(
      `wrote ${path.relative(process.cwd(), ENGINE_COPY)} (${metadata.functions.length} functions)`
    );
  });
}

module.exports = { generate, engineCatalogue, SOURCE, ENGINE_COPY };
