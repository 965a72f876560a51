// The CLI's command table: one import line per subcommand module; each registers itself
// with `command(...)` from ./registry. Add a command by adding its line here.
import "./calc";
import "./snapshot";
