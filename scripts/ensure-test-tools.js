#!/usr/bin/env node
// First step of `npm test`: the browser and spreadsheet tests need Chromium and LibreOffice,
// and the print test reads LibreOffice's PDFs with poppler's pdftotext.
// Installs the Debian packages when missing and allowed (root + apt-get); otherwise explains.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const onPath = (cmd) =>
  spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

const TOOLS = [
  {
    name: "Chromium",
    present: () => fs.existsSync(CHROMIUM),
    apt: ["chromium"],
    hint: "set CHROMIUM_PATH to a Chromium/Chrome binary",
  },
  {
    name: "LibreOffice (soffice)",
    present: () => onPath("soffice"),
    apt: ["--no-install-recommends", "libreoffice-calc"],
    hint: "install LibreOffice Calc so that `soffice` is on PATH",
  },
  {
    name: "poppler (pdftotext)",
    present: () => onPath("pdftotext"),
    apt: ["poppler-utils"],
    hint: "install poppler-utils so that `pdftotext` is on PATH",
  },
];

function canApt() {
  return typeof process.getuid === "function" && process.getuid() === 0 && onPath("apt-get");
}

function main() {
  const missing = TOOLS.filter((t) => !t.present());
  if (missing.length === 0) {
    console.log(`test tools: Chromium at ${CHROMIUM}, LibreOffice and pdftotext on PATH`);
    return 0;
  }
  if (!canApt()) {
    for (const t of missing)
      console.error(
        `Missing ${t.name}: ${t.hint} (Debian/Ubuntu: apt-get install ${t.apt.join(" ")}).`
      );
    return 1;
  }
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  for (const t of missing) {
    console.log(`Installing ${t.name}: apt-get install -y ${t.apt.join(" ")}`);
    execFileSync("apt-get", ["install", "-y", ...t.apt], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  const still = TOOLS.filter((t) => !t.present());
  for (const t of still) console.error(`${t.name} is still missing after apt-get: ${t.hint}.`);
  return still.length ? 1 : 0;
}

process.exit(main());
