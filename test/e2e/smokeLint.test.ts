import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";

const REPO = path.resolve(__dirname, "../..");

// The dependency graph written once in README.md ("Rooms and their dependencies"): each row
// names a room of src/, the rooms it may import and the packages it may import.
function readmeRooms(): Record<string, { rooms: string[]; packages: string[] }> {
  const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
  const table = readme.split("<!-- rooms:start -->")[1].split("<!-- rooms:end -->")[0];
  const rows = table.split("\n").filter((l) => /^\| `/.test(l));
  const list = (cell: string) => (cell.trim() === "—" ? [] : cell.split(",").map((s) => s.trim()));
  return Object.fromEntries(
    rows.map((row) => {
      const [, room, rooms, packages] = row.split("|");
      return [room.trim().replace(/`/g, ""), { rooms: list(rooms), packages: list(packages) }];
    })
  );
}
const GRAPH = readmeRooms();
const ROOM_NAMES = Object.keys(GRAPH);
// Packages some room uses; each is refused wherever the README does not list it.
const FOREIGN = ["react", "hyperformula", "exceljs", "zod", "fs", "node:path", "commander"];
const sample = (pkg: string) => (pkg === "Node built-ins" ? "node:fs" : pkg);

type Case = [file: string, code: string, refused: boolean];

// Every pair of rooms, at two folder depths: refused exactly where the README has no edge.
// (From the task pane only the templates' catalog and types are allowed: import those.)
const target = (other: string) => `${other}/${other === "templates" ? "catalog" : "index"}`;
const EDGES: Case[] = ROOM_NAMES.flatMap((room) =>
  ROOM_NAMES.filter((other) => other !== room).flatMap((other): Case[] => {
    const refused = !GRAPH[room].rooms.includes(other);
    return [
      [`src/${room}/zz.ts`, `import { x } from "../${target(other)}";`, refused],
      [`src/${room}/deep/zz.ts`, `import { x } from "../../${target(other)}";`, refused],
    ];
  })
);
// Every listed package allowed, every other package of the product refused.
const isNode = (pkg: string) => pkg.startsWith("node:") || pkg === "fs";
const listed = (room: string, pkg: string) =>
  GRAPH[room].packages.includes(isNode(pkg) ? "Node built-ins" : pkg);
const PACKAGES: Case[] = ROOM_NAMES.flatMap((room) =>
  [...GRAPH[room].packages.map(sample), ...FOREIGN].map((p): Case => [
    `src/${room}/zz.ts`,
    `import { x } from "${p}";`,
    !listed(room, p),
  ])
);
// The finer rules.
const SPECIAL: Case[] = [
  ["src/core/area/zz.ts", 'import { x } from "../apportion/largest";', false],
  ["src/core/zz.ts", 'const x = require("zod/mini");', true],
  ["src/core/zz.ts", 'const x = await import("./area/total");', true],
  ["src/core/zz.ts", 'import { x } from "../../assets/registry.json";', true],
  ["src/taskpane/wizard/zz.ts", 'import { x } from "../../host/excelHost";', true],
  ["src/taskpane/wizard/zz.ts", 'import { x } from "../../host/memoryHost";', false],
  ["src/taskpane/index.tsx", 'import { x } from "../host/excelHost";', false],
  ["src/taskpane/templates/zz.ts", 'import { x } from "../../templates/catalog";', false],
  ["src/taskpane/templates/zz.ts", 'import { x } from "../../templates/buildTemplate";', true],
  ["src/taskpane/templates/zz.ts", 'import { x } from "../../templates";', true],
  // src/taskpane/templates is the task pane's own folder, not the templates room.
  ["src/taskpane/wizard/zz.ts", 'import { x } from "../templates/useTemplates";', false],
  ["src/engine/zz.ts", 'import { x } from "../functions/functions";', true],
  ["src/engine/zz.ts", 'import { x } from "../functions/adapters";', false],
  ["test/functions/zz.ts", 'import { x } from "../../src/functions/functions";', true],
  ["test/taskpane/zz.ts", 'import { x } from "../../src/host/excelHost";', false],
  // Scripts generate Excel's metadata and help from the catalogue: that, and the core it names.
  ["scripts/zz.js", 'import { x } from "../src/core";', false],
  ["scripts/zz.js", 'import { x } from "../src/functions/catalogue";', false],
  ["scripts/zz.js", 'import { x } from "../src/taskpane/App";', true],
  ["scripts/zz.js", 'import { x } from "../src/functions/adapters";', true],
  ["scripts/zz.js", 'import { x } from "../test/support/x";', true],
  ["scripts/zz.js", 'import { x } from "./manifest/rewrite";', false],
];
const CASES = [...EDGES, ...PACKAGES, ...SPECIAL];

// ESLint's flat config is ESM; run it in a child Node process rather than inside jest's VM.
const LINT = `
import { ESLint } from "eslint";
import { ROOMS } from "./eslint.config.mjs";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [file, code] of cases) {
  const [result] = await eslint.lintText(code + " export const a = x;", { filePath: file });
  out.push(result.messages.some((m) => /^no-restricted-(imports|syntax)$/.test(m.ruleId ?? "")));
}
console.log(JSON.stringify({ rooms: ROOMS, refused: out }));
`;

describe("dependency rules (eslint.config.mjs against README.md)", () => {
  const stdout = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", LINT, JSON.stringify(CASES)],
    { cwd: REPO, encoding: "utf8" }
  );
  const { rooms, refused } = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as {
    rooms: typeof GRAPH;
    refused: boolean[];
  };

  it("enforce the graph the README writes down, room by room", () => {
    expect(rooms).toEqual(GRAPH);
    expect(ROOM_NAMES).toEqual([
      "core",
      "functions",
      "engine",
      "host",
      "templates",
      "taskpane",
      "cli",
    ]);
  });
  it("refuse imports against the direction of the graph and allow the rest", () => {
    expect(CASES.map(([file, code], i) => ({ file, code, refused: refused[i] }))).toEqual(
      CASES.map(([file, code, expected]) => ({ file, code, refused: expected }))
    );
  });
});
