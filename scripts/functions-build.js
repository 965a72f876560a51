/* global require, module, __dirname */
// Webpack hook of the custom functions (see webpack.config.js): after
// custom-functions-metadata-plugin has emitted functions.json from the JSDoc, rewrite its help
// URLs to the deployment's base URL, merge the fi/sv tables into functions-fi.json and
// functions-sv.json, and emit the help pages. Any missing or extra id/parameter fails the build.
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const { rebase, localize, isValidFunctionName } = require("./functions-localize.js");
const { helpPages } = require("./functions-help.js");

const PLUGIN = "TyoalueFunctionsExtras";
const L10N = path.resolve(__dirname, "../src/functions/l10n");

/** The translation tables, one per language besides English. */
function tables() {
  return { fi: require(path.join(L10N, "fi.json")), sv: require(path.join(L10N, "sv.json")) };
}

/**
 * Every file derived from the generated metadata: functions.json (rebased), functions-fi.json,
 * functions-sv.json and the help pages. Throws with all problems listed when a table does not fit.
 */
function buildOutputs(generated, baseUrl, langTables = tables()) {
  const bad = generated.functions.filter((f) => !isValidFunctionName(f.name)).map((f) => f.name);
  if (bad.length > 0)
    throw new Error(
      `Function names that Excel could read as cell references or refuse: ${bad.join(", ")}`
    );
  const en = rebase(generated, baseUrl);
  const byLang = { en };
  for (const [lang, table] of Object.entries(langTables)) byLang[lang] = localize(en, table, lang);
  const files = { "functions.json": en };
  for (const lang of Object.keys(langTables)) files[`functions-${lang}.json`] = byLang[lang];
  const out = {};
  for (const [name, json] of Object.entries(files)) out[name] = JSON.stringify(json, null, 2);
  return { ...out, ...helpPages(byLang) };
}

class FunctionsExtrasPlugin {
  constructor(options) {
    this.baseUrl = options.baseUrl;
    this.tables = tables; // the fi/sv tables (a test replaces them)
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin has already reported why
          try {
            const outputs = buildOutputs(
              JSON.parse(asset.source.source().toString()),
              this.baseUrl,
              this.tables()
            );
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
  return [new FunctionsExtrasPlugin(options)];
}

module.exports = { plugins, buildOutputs, tables, FunctionsExtrasPlugin };
