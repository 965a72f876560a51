/* global require, module, __dirname */
// Webpack hook of the custom functions (see webpack.config.js): emits functions.json,
// functions-fi.json and functions-sv.json, generated from the catalogue entries
// (src/functions/catalogue, read through tsx) with help URLs under the deployment's base URL,
// and the help pages. A text that misses or adds a function or parameter fails the build.
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const { isValidFunctionName } = require("./functions-localize.js");
const { helpPages } = require("./functions-help.js");

const PLUGIN = "TyoalueFunctionsMetadata";
const CATALOGUE_DIR = path.resolve(__dirname, "../src/functions/catalogue");

const SOURCES = [path.resolve(__dirname, "../src") + path.sep, path.join(__dirname, "functions-")];

/** The metadata and rounding notes of every language, from the TypeScript catalogue (loaded fresh each build). */
function metadataByLang(baseUrl) {
  // tsx caches what it loaded: drop it, so a rebuild in watch mode sees edited entries.
  for (const key of Object.keys(require.cache))
    if (SOURCES.some((dir) => key.startsWith(dir)) && key.includes(".ts"))
      delete require.cache[key];
  const { require: tsxRequire } = require("tsx/cjs/api");
  return {
    byLang: tsxRequire("./functionsMetadata.ts", __filename).metadataByLang(baseUrl),
    notes: tsxRequire("./functionsRounding.ts", __filename).roundingNotesByLang(),
  };
}

/**
 * Every file derived from the catalogue: functions.json, functions-fi.json, functions-sv.json
 * and the help pages. Throws with all problems listed when a name or a text does not fit.
 */
function buildOutputs(byLang, notes) {
  const bad = Object.entries(byLang).flatMap(([lang, m]) =>
    m.functions.filter((f) => !isValidFunctionName(f.name)).map((f) => `${lang}: ${f.name}`)
  );
  if (bad.length > 0)
    throw new Error(
      `Function names that Excel could read as cell references or refuse: ${bad.join(", ")}`
    );
  const out = {};
  for (const [lang, json] of Object.entries(byLang))
    out[lang === "en" ? "functions.json" : `functions-${lang}.json`] = JSON.stringify(
      json,
      null,
      2
    );
  return { ...out, ...helpPages(byLang, notes) };
}

class FunctionsMetadataPlugin {
  constructor(options) {
    this.baseUrl = options.baseUrl;
    this.metadata = metadataByLang; // (a test replaces it)
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.contextDependencies.add(CATALOGUE_DIR);
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            const { byLang, notes } = this.metadata(this.baseUrl);
            const outputs = buildOutputs(byLang, notes);
            for (const [name, content] of Object.entries(outputs)) {
              const source = new sources.RawSource(content);
              if (compilation.getAsset(name)) compilation.updateAsset(name, source);
              else compilation.emitAsset(name, source);
            }
          } catch (e) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${e.message}`));
          }
        }
      );
    });
  }
}

/** The plugins webpack.config.js adds for the custom functions. */
function plugins(options) {
  return [new FunctionsMetadataPlugin(options)];
}

module.exports = { plugins, buildOutputs, metadataByLang, FunctionsMetadataPlugin };
