/* global module, require */
// Help pages for the custom functions, generated from the same metadata as functions.json and
// its fi/sv merges: help/<lang>/<ID>.html, help/<lang>/index.html, help/help.css. Static,
// accessible HTML with no script at all, so a strict Content-Security-Policy applies.

const { UI } = require("./functions-help-text.js");
const LANG_NAMES = { en: "English", fi: "suomi", sv: "svenska" };
const { NAMESPACE } = require("./addin-constants.js");

const esc = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );

function page(lang, title, body) {
  const ui = UI[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<title>${esc(title)}</title>
<link rel="stylesheet" href="../help.css">
</head>
<body>
<a class="skip" href="#main">${esc(ui.skip)}</a>
<main id="main">
${body}
</main>
</body>
</html>
`;
}

function syntax(lang, f) {
  const args = f.parameters
    .map((p) => (p.optional ? `[${p.name}]` : p.name))
    .join(`${UI[lang].sep} `);
  return `=${NAMESPACE}.${f.name}(${args})`;
}

function functionPage(lang, f, langs, note) {
  const ui = UI[lang];
  const rows = f.parameters
    .map(
      (p) =>
        `<tr><th scope="row"><code>${esc(p.name)}</code></th><td>${p.optional ? ui.optional : ui.required}</td><td>${esc(p.description || "")}</td></tr>`
    )
    .join("\n");
  const others = langs
    .filter((l) => l !== lang)
    .map(
      (l) =>
        `<li><a href="../${l}/${f.id}.html" hreflang="${l}" lang="${l}">${LANG_NAMES[l]}</a></li>`
    )
    .join("");
  const body = `<nav aria-label="${esc(ui.index)}"><a href="index.html">${esc(ui.index)}</a></nav>
<h1>${NAMESPACE}.${esc(f.name)}</h1>
<p>${esc(f.description)}</p>
<h2>${esc(ui.syntax)}</h2>
<p><code>${esc(syntax(lang, f))}</code></p>
<h2>${esc(ui.params)}</h2>
<table>
<thead><tr><th scope="col">${esc(ui.name)}</th><th scope="col">${esc(ui.required)}/${esc(ui.optional)}</th><th scope="col">${esc(ui.desc)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>${esc(ui.returns)}</h2>
<p>${esc(f.result && f.result.dimensionality === "matrix" ? ui.matrix : ui.scalar)}${note ? `; ${esc(note)}` : ""}.</p>
<p>${esc(ui.stored)} <code>${NAMESPACE}.${esc(f.id)}</code>.</p>
<h2>${esc(ui.other)}</h2>
<ul>${others}</ul>`;
  return page(lang, `${NAMESPACE}.${f.name} – ${ui.title}`, body);
}

function indexPage(lang, metadata) {
  const ui = UI[lang];
  const items = metadata.functions
    .map(
      (f) =>
        `<li><a href="${f.id}.html"><code>${NAMESPACE}.${esc(f.name)}</code></a> – ${esc(f.description)}</li>`
    )
    .join("\n");
  return page(lang, ui.title, `<h1>${esc(ui.title)}</h1>\n<ul>\n${items}\n</ul>`);
}

const CSS = `body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;margin:0;color:#1b1b1b;background:#fff}
main{max-width:48rem;margin:0 auto;padding:1rem}
a{color:#0f5ea8}a:focus{outline:3px solid #1b1b1b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #8a8a8a;padding:.4rem;text-align:left;vertical-align:top}
code{font-family:Consolas,monospace;background:#f3f3f3;padding:0 .2rem}
`;

/**
 * All help files for the given metadata per language, as { "help/<lang>/<ID>.html": html, ... }.
 * @param byLang {{[lang: string]: {functions: object[]}}} metadata in each language (en, fi, sv)
 * @param notes {{[lang: string]: {[id: string]: string}}} how each result is rounded, in words
 */
function helpPages(byLang, notes = {}) {
  const langs = Object.keys(byLang);
  const files = { "help/help.css": CSS };
  for (const lang of langs) {
    files[`help/${lang}/index.html`] = indexPage(lang, byLang[lang]);
    for (const f of byLang[lang].functions)
      files[`help/${lang}/${f.id}.html`] = functionPage(lang, f, langs, (notes[lang] || {})[f.id]);
  }
  return files;
}

module.exports = { helpPages, syntax };
