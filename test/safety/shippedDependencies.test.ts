/**
 * What ships (the non-dev dependency tree), checked against what we know, since `npm audit`
 * cannot run here (this machine's registry answers the audit endpoint with 405; see
 * docs/reliability.md for running it where it answers):
 * - `npm ls --omit=dev --all --json` reports no problem (nothing missing, invalid or extraneous);
 * - the tree is exactly the reviewed inventory in shipped-dependencies.json (name, version,
 *   licence): a new package or a new version fails until someone looks at it and updates the
 *   list (UPDATE_SHIPPED=1 npx jest test/safety/shippedDependencies.test.ts);
 * - every licence is one we can ship (MIT, Apache-2.0, 0BSD, ISC, BSD; office.js under
 *   Microsoft's own licence, loaded from Microsoft's CDN in production anyway);
 * - no shipped package runs an install script, and every one is pinned in package-lock.json
 *   with a sha512 integrity hash;
 * - only the four direct dependencies the README names ship.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const INVENTORY = path.join(__dirname, "shipped-dependencies.json");
const ALLOWED_LICENSES = new Set(["MIT", "Apache-2.0", "0BSD", "ISC", "BSD-2-Clause", "BSD-3-Clause"]);
/** Packages under their own licence text (reviewed): office.js is Microsoft's, served from its CDN in production. */
const OWN_LICENSE = new Set(["@microsoft/office-js"]);

interface LsNode {
  version?: string;
  missing?: boolean;
  invalid?: string | boolean;
  extraneous?: boolean;
  problems?: string[];
  dependencies?: Record<string, LsNode>;
}

export interface Shipped {
  readonly name: string;
  readonly version: string;
  readonly license: string;
}

function npmLs(): LsNode {
  const out = execFileSync("npm", ["ls", "--omit=dev", "--all", "--json"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as LsNode;
}

function flatten(tree: LsNode): { shipped: Shipped[]; problems: string[] } {
  const seen = new Map<string, Shipped>();
  const problems: string[] = [...(tree.problems ?? [])];
  const walk = (node: LsNode, trail: string): void => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      const where = `${trail} > ${name}`;
      if (child.missing || child.invalid || child.extraneous) problems.push(`${where}: ${child.missing ? "missing" : child.invalid ? `invalid ${String(child.invalid)}` : "extraneous"}`);
      problems.push(...(child.problems ?? []));
      const key = `${name}@${child.version}`;
      if (!seen.has(key)) seen.set(key, { name, version: child.version ?? "?", license: licenseOf(name) });
      // npm ls prints a package's subtree once and marks later copies "deduped": walk every node.
      walk(child, where);
    }
  };
  walk(tree, "root");
  const shipped = [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  return { shipped, problems: [...new Set(problems)] };
}

function packageJson(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as Record<string, unknown>;
}

function licenseOf(name: string): string {
  const license = packageJson(name).license;
  return typeof license === "string" ? license : JSON.stringify(license ?? null);
}

describe("the shipped (non-dev) dependency tree", () => {
  const { shipped, problems } = flatten(npmLs());

  test("npm ls --omit=dev reports no problem", () => {
    expect(problems).toEqual([]);
    expect(shipped.length).toBeGreaterThan(10);
  });

  test("is exactly the reviewed inventory (shipped-dependencies.json)", () => {
    if (process.env.UPDATE_SHIPPED === "1") fs.writeFileSync(INVENTORY, `${JSON.stringify(shipped, null, 2)}\n`);
    const known = JSON.parse(fs.readFileSync(INVENTORY, "utf8")) as Shipped[];
    const key = (s: Shipped): string => `${s.name}@${s.version} (${s.license})`;
    const now = new Set(shipped.map(key));
    const before = new Set(known.map(key));
    expect({ added: [...now].filter((k) => !before.has(k)), gone: [...before].filter((k) => !now.has(k)) }).toEqual({ added: [], gone: [] });
  });

  test("only licences we can ship", () => {
    const odd = shipped.filter((s) => !ALLOWED_LICENSES.has(s.license) && !OWN_LICENSE.has(s.name));
    expect(odd).toEqual([]);
  });

  test("no shipped package runs an install script", () => {
    const scripted = shipped
      .map((s) => ({ name: s.name, scripts: Object.keys((packageJson(s.name).scripts as Record<string, string> | undefined) ?? {}).filter((k) => /^(pre|post)?install$/.test(k)) }))
      .filter((s) => s.scripts.length > 0);
    expect(scripted).toEqual([]);
  });

  test("every shipped package is pinned in package-lock.json with a sha512 integrity hash", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; integrity?: string; dev?: boolean }> };
    for (const s of shipped) {
      const entries = Object.entries(lock.packages).filter(([p, e]) => p.endsWith(`node_modules/${s.name}`) && e.version === s.version);
      expect({ pkg: `${s.name}@${s.version}`, pinned: entries.length > 0 }).toEqual({ pkg: `${s.name}@${s.version}`, pinned: true });
      for (const [, e] of entries) {
        expect({ pkg: s.name, integrity: /^sha512-/.test(e.integrity ?? "") }).toEqual({ pkg: s.name, integrity: true });
        expect({ pkg: s.name, dev: Boolean(e.dev) }).toEqual({ pkg: s.name, dev: false });
      }
    }
  });

  test("the direct dependencies are the four the README names", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@fluentui/react-components", "@microsoft/office-js", "react", "react-dom"]);
  });
});
