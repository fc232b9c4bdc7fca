/**
 * `npm run release -- --url https://addins.example.com/segments/` run for real (one production
 * build, into a temporary folder): the whole build and the release folder name localhost nowhere,
 * in any file; the bundles carry content hashes and the pages and manifest name those files;
 * SHA256SUMS lists every file with its hash; the manifest validates against Microsoft's schemas.
 * Bad URLs are refused before anything is built.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { manifestUrls } from "../../build/manifest";
import { validateManifest } from "../../build/manifestSchema";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/release.js");
const URL_GIVEN = "https://addins.example.com/segments"; // no trailing slash: the release adds it
const BASE = "https://addins.example.com/segments/";

function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

const run = (args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 900_000 });

describe("npm run release", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "release-test-"));
  const out = path.join(tmp, "release");
  const build = path.join(tmp, "build");
  let result: ReturnType<typeof run>;

  beforeAll(() => {
    result = run(["--url", URL_GIVEN, "--out", out, "--keep-build", build]);
  }, 900_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("succeeds and says where to upload", () => {
    expect({ status: result.status, error: result.stderr.includes("release:") ? result.stderr : "" }).toEqual({ status: 0, error: "" });
    expect(result.stdout).toContain(`upload them all to ${BASE}`);
  });

  test("the production build names localhost nowhere: manifest, html, js, json, maps, every file", () => {
    const all = listFiles(build);
    expect(all).toEqual(expect.arrayContaining(["manifest.xml", "taskpane.html", "help.html", "preview.html", "functions.json", "functions.ko.json"]));
    expect(all.some((f) => f.endsWith(".js"))).toBe(true);
    const naming = all.filter((f) => /localhost/i.test(fs.readFileSync(path.join(build, f), "latin1")));
    expect(naming).toEqual([]);
    expect(listFiles(out).filter((f) => /localhost/i.test(fs.readFileSync(path.join(out, f), "latin1")))).toEqual([]);
  });

  test("bundles carry content hashes, the pages load them, the manifest names the functions bundle; metadata keeps its names", () => {
    const files = listFiles(out);
    const bundles = files.filter((f) => /\.[0-9a-f]{16}\.js$/.test(f));
    expect(bundles.map((f) => f.replace(/\.[0-9a-f]{16}\.js$/, ".js")).sort()).toEqual(["functions.js", "taskpane.js"]);
    expect(files).not.toContain("functions.js");
    expect(files).not.toContain("taskpane.js");
    expect(files).toEqual(expect.arrayContaining(["functions.json", "functions.ko.json", "functions.zh-CN.json", "help.html", "manifest.xml", "SHA256SUMS"]));
    expect(files.filter((f) => f.startsWith("preview"))).toEqual([]);
    const pane = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    for (const bundle of bundles) expect(pane).toContain(bundle);
    for (const page of ["taskpane.html", "help.html"]) {
      const html = fs.readFileSync(path.join(out, page), "utf8");
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)) {
        if (/^https:\/\/appsforoffice\.microsoft\.com\//.test(src)) continue;
        const file = src.split("?")[0];
        expect({ page, src, shipped: files.includes(file) }).toEqual({ page, src, shipped: true });
      }
    }
    const urls = manifestUrls(fs.readFileSync(path.join(out, "manifest.xml"), "utf8"));
    const script = bundles.find((f) => f.startsWith("functions."));
    expect(urls).toContain(BASE + script);
    for (const url of urls.filter((u) => u.startsWith(BASE))) {
      const file = url.slice(BASE.length).split(/[?#]/)[0];
      expect({ url, shipped: files.includes(file) }).toEqual({ url, shipped: true });
    }
  });

  test("SHA256SUMS lists every other file once, as sha256sum does, and the hashes match", () => {
    const lines = fs.readFileSync(path.join(out, "SHA256SUMS"), "utf8").split("\n").filter(Boolean);
    const listed = lines.map((line) => {
      const m = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
      expect({ line, ok: Boolean(m) }).toEqual({ line, ok: true });
      return [m![2], m![1]] as const;
    });
    expect(listed.map(([f]) => f)).toEqual(listFiles(out).filter((f) => f !== "SHA256SUMS"));
    for (const [file, hash] of listed) {
      expect({ file, hash: createHash("sha256").update(fs.readFileSync(path.join(out, file))).digest("hex") }).toEqual({ file, hash });
    }
  });

  test("the released manifest validates against Microsoft's schemas", async () => {
    expect(await validateManifest(fs.readFileSync(path.join(out, "manifest.xml"), "utf8"))).toEqual({ valid: true, errors: [] });
  });

  test("refuses a URL that is not https, and a folder that is not a release, before building", () => {
    for (const url of ["http://addins.example.com/segments/", "addins.example.com", "https://addins.example.com/?v=2"]) {
      const refused = run(["--url", url, "--out", path.join(tmp, "never")]);
      expect({ url, status: refused.status }).toEqual({ url, status: 1 });
      expect(refused.stderr).toMatch(/https|not a URL|query/);
    }
    expect(run(["--out", path.join(tmp, "never")]).status).toBe(2);
    const occupied = path.join(tmp, "occupied");
    fs.mkdirSync(occupied);
    fs.writeFileSync(path.join(occupied, "notes.txt"), "mine");
    const refused = run(["--url", BASE, "--out", occupied]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("holds no earlier release");
    expect(fs.readFileSync(path.join(occupied, "notes.txt"), "utf8")).toBe("mine");
    expect(fs.existsSync(path.join(tmp, "never"))).toBe(false);
  });
});
