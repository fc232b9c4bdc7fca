/**
 * A tiny static server for the built preview (dist/): 127.0.0.1 only, GET only, files under the
 * root only, no caching games. Used by `npm run preview` and started by the end-to-end test on a
 * free port (port 0). Nothing here reaches outside the machine.
 *
 * Every HTML page is sent with its own Content-Security-Policy (the one in its <meta> tag, so
 * there is one source of truth) as an HTTP header too, plus what a meta tag cannot say
 * (frame-ancestors); every response with nosniff.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The policy of a page's `<meta http-equiv="Content-Security-Policy">`, or null. */
export function metaPolicy(html: string): string | null {
  const tag = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return content ? content[1] ?? content[2] : null;
}

/** The header policy of a page: its meta policy, and no framing by other sites. */
export function headerPolicy(html: string): string | null {
  const policy = metaPolicy(html);
  return policy === null ? null : `${policy}; frame-ancestors 'self'`;
}

export interface PreviewServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startPreviewServer(root: string, port = 0): Promise<PreviewServer> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const wanted = url.pathname === "/" ? "/preview.html" : decodeURIComponent(url.pathname);
    const file = path.resolve(base, `.${wanted}`);
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const headers: Record<string, string> = { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store", "x-content-type-options": "nosniff" };
      const policy = path.extname(file) === ".html" ? headerPolicy(body.toString("utf8")) : null;
      if (policy) headers["content-security-policy"] = policy;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        port: address.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
