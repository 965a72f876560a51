import { createReadStream, promises as fs } from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import path from "path";
import { serverHeaders } from "../../../scripts/csp.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A running static server: its base URL (no trailing slash) and how to stop it. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder (default `dist/`) on an ephemeral localhost port, with the
 * production security headers of `scripts/csp.js`. No network beyond 127.0.0.1.
 */
export async function serveDist(
  root = path.resolve(__dirname, "../../../dist")
): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.resolve(
      base,
      "." + (urlPath.endsWith("/") ? urlPath + "index.html" : urlPath)
    );
    const stat = file.startsWith(base + path.sep) ? await fs.stat(file).catch(() => null) : null;
    if (!stat?.isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, { ...serverHeaders(), "Content-Type": type, "Content-Length": stat.size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
