// The demo files' paths in the order the page loads them (web/demo/manifest.js): signal ids
// depend on the files' order, so a CLI run that is to match the page must use the same order.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export function demoFiles() {
  const manifest = readFileSync(`${root}/web/demo/manifest.js`, "utf8");
  const names = [...manifest.matchAll(/name: "([^"]+)"/g)].map((m) => m[1]);
  if (names.length < 5) throw new Error("web/demo/manifest.js: no file names found");
  return names.map((name) => `${root}/web/demo/${name}`);
}
