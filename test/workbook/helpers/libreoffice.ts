/**
 * LibreOffice (headless) and poppler as an independent reader of our .xlsx files: one profile
 * directory per process, set to recalculate every formula on load (OOXMLRecalcMode = 0), so the
 * values it shows are its own, not our cached results. PDF → PPM (pdftoppm) for pixel checks;
 * pdftotext -bbox to find where a word (a customer ID) sits on the page.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";

const run = promisify(execFile);

/** Every temporary directory made here, so a test can remove them all when it is done. */
const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanUp(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function makeProfile(): string {
  const dir = tempDir("lo-segments-");
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return dir;
}

/** Converts `file` with soffice; returns the output directory. `filter` e.g. "pdf" or a csv filter string. */
export async function convert(file: string, filter: string, profile: string): Promise<string> {
  const outdir = tempDir("lo-out-");
  await run("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outdir, file], { timeout: 60_000 });
  return outdir;
}

/** Every sheet to its own UTF-8 CSV (<name>-<Sheet>.csv), raw values rather than as shown. */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export interface Image {
  readonly width: number;
  readonly height: number;
  pixel(x: number, y: number): [number, number, number];
}

/** Page `page` of a PDF at `dpi`, as pixels (binary PPM from pdftoppm, parsed here: no image library needed). */
export async function renderPage(pdf: string, page: number, dpi: number): Promise<Image> {
  const prefix = path.join(tempDir("ppm-"), "page");
  await run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-singlefile", pdf, prefix], { timeout: 30_000 });
  const data = fs.readFileSync(`${prefix}.ppm`);
  // Header: "P6" width height maxval, separated by whitespace, then one byte of whitespace.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[i]))) i++;
    let token = "";
    while (!/\s/.test(String.fromCharCode(data[i]))) token += String.fromCharCode(data[i++]);
    fields.push(token);
  }
  i++;
  const [magic, w, h] = fields;
  if (magic !== "P6") throw new Error(`not a binary PPM: ${magic}`);
  const width = Number(w);
  const height = Number(h);
  const offset = i;
  return {
    width,
    height,
    pixel: (x, y) => {
      const p = offset + (Math.round(y) * width + Math.round(x)) * 3;
      return [data[p], data[p + 1], data[p + 2]];
    },
  };
}

export interface WordBox {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Words on one page with their boxes in PDF points (1/72 inch). */
export async function wordBoxes(pdf: string, page: number): Promise<WordBox[]> {
  const out = path.join(tempDir("bbox-"), "words.html");
  await run("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", pdf, out], { timeout: 30_000 });
  const html = fs.readFileSync(out, "utf8");
  const words: WordBox[] = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
  }
  return words;
}

/** The most frequent colour in a horizontal strip: the cell fill, since text covers few pixels. */
export function dominantColour(image: Image, x0: number, x1: number, y: number): [number, number, number] {
  const counts = new Map<string, number>();
  for (let x = Math.ceil(x0); x <= Math.floor(x1); x++) {
    const k = image.pixel(x, y).join(",");
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best.split(",").map(Number) as [number, number, number];
}

export function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Parses LibreOffice's CSV (quoted fields, doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** "19.6652719665272%" → 0.196652719665272; "8729570" → 8729570. */
export function csvNumber(text: string): number {
  const t = text.trim();
  return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
}
