/* global module, require */
// Post-generation steps for the custom-functions metadata (functions.json): follow the
// deployment's base URL, accept error values in `any` parameters, and merge the fi/sv
// tables into functions-fi.json / functions-sv.json. Fails on any missing or extra id/param.

const { DEV_BASE_URL } = require("./addin-constants.js");

/** Function and parameter names a user could mistake for a cell reference (A1, XFD1048576, R1C1, RC). */
function readsAsCellReference(name) {
  const n = String(name).toUpperCase();
  return (
    /^[A-Z]{1,3}[0-9]+$/.test(n) || /^R[0-9]*C[0-9]*$/.test(n) || n === "TRUE" || n === "FALSE"
  );
}

/** Names we accept: A-Z, digits, "_" and ".", a letter first, at least three characters (Microsoft: custom-functions-naming). */
function isValidFunctionName(name) {
  return /^[A-Z][A-Z0-9._]{2,}$/.test(name) && !readsAsCellReference(name);
}

/** Rewrites every helpUrl to `baseUrl` and lets `any` parameters receive Excel error values. */
function rebase(metadata, baseUrl) {
  const base = String(baseUrl || DEV_BASE_URL).replace(/\/+$/, "");
  return {
    ...metadata,
    allowErrorForDataTypeAny: true,
    functions: metadata.functions.map((f) => ({
      ...f,
      ...(f.helpUrl ? { helpUrl: f.helpUrl.split(DEV_BASE_URL).join(base) } : {}),
    })),
  };
}

/** Checks that `table` translates exactly the functions and parameters of `metadata`. */
function checkTable(metadata, table, lang) {
  const errors = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table))
    if (!ids.has(id)) errors.push(`${lang}: ${id} is not in the catalogue`);
  for (const f of metadata.functions) {
    const t = table[f.id];
    if (!t) {
      errors.push(`${lang}: ${f.id} has no translation`);
      continue;
    }
    if (!t.name || !isValidFunctionName(t.name))
      errors.push(`${lang}: ${f.id} has an invalid name "${t.name}"`);
    if (!t.description) errors.push(`${lang}: ${f.id} has no description`);
    const params = f.parameters.map((p) => p.name);
    const translated = Object.keys(t.parameters || {});
    for (const p of params) {
      const tp = (t.parameters || {})[p];
      if (!tp || !tp.name || !tp.description)
        errors.push(`${lang}: ${f.id}(${p}) has no name or description`);
    }
    for (const p of translated)
      if (!params.includes(p)) errors.push(`${lang}: ${f.id}(${p}) is not a parameter`);
  }
  return errors;
}

/** The metadata in another language: names, descriptions and help URLs from `table`. Throws on a mismatch. */
function localize(metadata, table, lang) {
  const errors = checkTable(metadata, table, lang);
  if (errors.length > 0)
    throw new Error(`Localization of the custom functions failed:\n${errors.join("\n")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const t = table[f.id];
      return {
        ...f,
        name: t.name,
        description: t.description,
        ...(f.helpUrl ? { helpUrl: f.helpUrl.replace("/help/en/", `/help/${lang}/`) } : {}),
        parameters: f.parameters.map((p) => ({
          ...p,
          name: t.parameters[p.name].name,
          description: t.parameters[p.name].description,
        })),
      };
    }),
  };
}

module.exports = {
  DEV_BASE_URL,
  readsAsCellReference,
  isValidFunctionName,
  rebase,
  checkTable,
  localize,
};
