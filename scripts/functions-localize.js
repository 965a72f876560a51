/* global module */
// The naming rules for custom functions in every language (checked by the build).

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

module.exports = { readsAsCellReference, isValidFunctionName };
