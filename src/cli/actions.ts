// Loaded only when a command runs (main.ts requires it lazily): the engine, the package code
// and their dependencies stay out of `--help` and `--version`.
export { calc } from "./calc";
export { runSnapshot } from "./snapshot";
