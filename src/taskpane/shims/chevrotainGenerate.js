// Stands in for chevrotain's `generate/generate_public` module inside HyperFormula (the
// preview's formula engine). Its two functions generate parser source code from a
// serialized grammar and compile it with `new Function`; HyperFormula never calls them,
// but webpack cannot drop them (the module mixes `require` into ESM), and the task pane's
// Content-Security-Policy forbids that kind of code anyway.
function unavailable(name) {
  return function () {
    throw new Error(
      `chevrotain.${name} is not available in this build (no code generation under the CSP)`
    );
  };
}
export const generateParserFactory = unavailable("generateParserFactory");
export const generateParserModule = unavailable("generateParserModule");
