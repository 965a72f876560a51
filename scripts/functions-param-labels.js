/* global require, module, __dirname, console */
// The parameter names Finnish and Swedish users see in IntelliSense, derived from the
// translation tables (src/functions/l10n/fi.json, sv.json), for the custom functions' error
// messages ("työvoima: rivi 3 on tyhjä"). The functions bundle imports only these few words,
// not the whole tables with their descriptions (about 0.6 KB gzip instead of 5 KB).
// `node scripts/functions-param-labels.js` writes src/functions/l10n/param-labels.json;
// test/functions/param-labels.test.ts keeps the file equal to this derivation.
const fs = require("fs");
const path = require("path");

const L10N = path.resolve(__dirname, "../src/functions/l10n");
const OUT = path.join(L10N, "param-labels.json");

/** { parameterId: localized name } of one table; one id must have one name in all functions. */
function paramLabels(table) {
  const labels = {};
  for (const [fn, entry] of Object.entries(table)) {
    for (const [id, p] of Object.entries(entry.parameters)) {
      if (id in labels && labels[id] !== p.name)
        throw new Error(`${fn}: parameter ${id} is "${p.name}" here but "${labels[id]}" elsewhere`);
      labels[id] = p.name;
    }
  }
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
}

/** The labels of every translated language, from the committed tables. */
function derive() {
  const read = (lang) => JSON.parse(fs.readFileSync(path.join(L10N, `${lang}.json`), "utf8"));
  return { fi: paramLabels(read("fi")), sv: paramLabels(read("sv")) };
}

module.exports = { paramLabels, derive, OUT };

if (require.main === module) {
  fs.writeFileSync(OUT, `${JSON.stringify(derive(), null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}
