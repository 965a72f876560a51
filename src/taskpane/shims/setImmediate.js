// Stands in for the `setimmediate` polyfill that jszip requires for its side effect. The
// polyfill turns a string callback into code with `new Function`, which the task pane's
// Content-Security-Policy forbids; jszip only ever passes functions, so a plain
// function-only version on top of setTimeout is all it needs.
if (typeof globalThis.setImmediate !== "function") {
  globalThis.setImmediate = function setImmediate(callback, ...args) {
    if (typeof callback !== "function")
      throw new TypeError("setImmediate: callback must be a function");
    return setTimeout(() => callback(...args), 0);
  };
  globalThis.clearImmediate = function clearImmediate(handle) {
    clearTimeout(handle);
  };
}
