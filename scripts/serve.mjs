// Serves dist/web on localhost only, with the page's CSP also sent as a header.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";
const root = new URL("../dist/web/", import.meta.url);

const server = createServer(async (request, response) => {
  const path = new URL(request.url, "http://x").pathname;
  if (path !== "/" && path !== "/index.html") {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    return;
  }
  try {
    const [html, csp] = await Promise.all([
      readFile(new URL("index.html", root)),
      readFile(new URL("csp.txt", root), "utf8"),
    ]);
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": csp.trim(),
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
    response.end(html);
  } catch {
    response.writeHead(500, { "content-type": "text/plain" }).end("run `npm run build` first\n");
  }
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`cxsignals is at http://${host}:${actual}/  (Ctrl+C to stop; nothing leaves this machine)`);
});
