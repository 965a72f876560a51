/**
 * Known vulnerabilities in what ships (`npm audit --omit=dev`, also `npm run audit`): no
 * high or critical advisory. The audit needs the registry's advisory service; where it does
 * not answer (on the build machines it returns "405 Method Not Allowed" to the bulk
 * advisory POST) the audit test is SKIPPED with the reason printed — never counted as a
 * pass. Set AUDIT_REQUIRED=1 (release CI) to make an unreachable service a failure.
 * What can be checked offline is checked always: every production package in the lockfile
 * is pinned by a sha512 integrity hash and comes from the npm registry (no git, file or
 * tarball URLs).
 */
import { spawnSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface AuditReport {
  metadata?: {
    vulnerabilities: Record<"info" | "low" | "moderate" | "high" | "critical" | "total", number>;
  };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  message?: string;
  statusCode?: number;
  error?: { summary?: string };
}

function audit(): { report: AuditReport | null; unavailable: string | null } {
  // Bounded: an offline machine gives up after 20 s instead of npm's default 5 minutes.
  const args = ["audit", "--omit=dev", "--json", "--fetch-timeout=20000", "--fetch-retries=0"];
  const p = spawnSync("npm", args, { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  let report: AuditReport | null = null;
  try {
    report = JSON.parse(p.stdout) as AuditReport;
  } catch {
    return {
      report: null,
      unavailable: `npm audit printed no JSON (exit ${p.status}): ${(p.stderr || String(p.error)).split("\n").slice(-3).join(" ")}`,
    };
  }
  if (report.metadata) return { report, unavailable: null };
  return {
    report,
    unavailable: `the advisory service did not answer: ${report.message ?? report.error?.summary ?? "unknown error"}`,
  };
}

const result = audit();
const required = process.env.AUDIT_REQUIRED === "1";
if (result.unavailable)
  process.stderr.write(`\n[audit] SKIPPED, not passed: ${result.unavailable}\n`);

describe("npm audit --omit=dev", () => {
  (result.unavailable && !required ? it.skip : it)(
    "reports no high or critical vulnerability in production dependencies",
    () => {
      expect(result.unavailable).toBeNull();
      const v = result.report!.metadata!.vulnerabilities;
      const serious = Object.entries(result.report!.vulnerabilities ?? {}).filter(
        ([, x]) => x.severity === "high" || x.severity === "critical"
      );
      expect({
        high: v.high,
        critical: v.critical,
        packages: serious.map(([name, x]) => `${name} (${x.severity})`),
      }).toEqual({ high: 0, critical: 0, packages: [] });
    }
  );
});

describe("the production dependency tree in package-lock.json (offline)", () => {
  const lock = require(path.join(ROOT, "package-lock.json")) as {
    packages: Record<
      string,
      {
        dev?: boolean;
        devOptional?: boolean;
        link?: boolean;
        integrity?: string;
        resolved?: string;
      }
    >;
  };
  const prod = Object.entries(lock.packages).filter(([k, v]) => k !== "" && !v.dev && !v.link);

  it("is not empty (react, fluent, zod, exceljs… ship)", () => {
    expect(prod.map(([k]) => k)).toEqual(
      expect.arrayContaining(["node_modules/react", "node_modules/zod", "node_modules/exceljs"])
    );
  });

  it("pins every production package by a sha512 integrity hash", () => {
    expect(
      prod.filter(([, v]) => !/^sha512-[A-Za-z0-9+/]+=*$/.test(v.integrity ?? "")).map(([k]) => k)
    ).toEqual([]);
  });

  it("takes every production package from the npm registry (no git, file or tarball URLs)", () => {
    expect(
      prod
        .filter(
          ([, v]) =>
            v.resolved !== undefined && !v.resolved.startsWith("https://registry.npmjs.org/")
        )
        .map(([k, v]) => `${k} ${v.resolved}`)
    ).toEqual([]);
  });
});
