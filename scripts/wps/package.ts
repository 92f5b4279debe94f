/**
 * Lays out the WPS add-in after webpack: dist/wps/kehou_VERSION/ (ribbon.xml from the job
 * catalogue, index.html, main.js, icons, the pane under pane/), the install and uninstall
 * scripts for Linux and Windows beside it, the jsplugins.xml template for a bureau's IT, and
 * two zips: kehou_VERSION.zip (the folder, for jsplugins.xml) and the offline package with
 * folder and scripts. No `wpsjs`: it edits oem.ini with sudo and starts WPS.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import path from "path";
import { zipSync } from "fflate";
import { ribbonXml } from "../../src/wps/ribbon";

const SCRIPTS = [
  "install.sh",
  "uninstall.sh",
  "install.cmd",
  "uninstall.cmd",
  "install.wsf",
  "uninstall.wsf",
  "records.js",
  "windows.js",
  "jsplugins.xml",
];

/** The page WPS opens hidden: it only loads main.js, whose globals the ribbon calls. */
const INDEX_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>Kehou 课后服务</title>
    <script src="main.js"></script>
  </head>
  <body></body>
</html>
`;

/** Every file under a folder, as zip entries under `prefix`. */
function entries(dir: string, prefix: string, out: Record<string, Uint8Array>): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) entries(full, `${prefix}${name}/`, out);
    else out[`${prefix}${name}`] = readFileSync(full);
  }
}

/** Writes dist/wps/ from the built dist/ (dist/wps-main.js and the browser page's files). */
export function writeWpsPackage(dist: string, version: string, scripts = __dirname): string {
  const root = path.join(dist, "wps");
  const folder = path.join(root, `kehou_${version}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(folder, "assets"), { recursive: true });
  writeFileSync(path.join(folder, "ribbon.xml"), ribbonXml());
  writeFileSync(path.join(folder, "index.html"), INDEX_HTML);
  cpSync(path.join(dist, "wps-main.js"), path.join(folder, "main.js"));
  const assets = path.join(dist, "assets");
  if (existsSync(assets))
    for (const png of readdirSync(assets).filter((f) => f.endsWith("-32.png")))
      cpSync(path.join(assets, png), path.join(folder, "assets", png));
  // The pane: the browser page, which finds window.Application when WPS shows it.
  const pane = path.join(folder, "pane");
  mkdirSync(pane, { recursive: true });
  for (const name of readdirSync(dist)) {
    const full = path.join(dist, name);
    const keep =
      name === "index.html" ||
      name === "help.html" ||
      (/\.(js|css)$/.test(name) && name !== "wps-main.js") ||
      name === "lib" ||
      name === "assets";
    if (keep) cpSync(full, path.join(pane, name), { recursive: true });
  }
  for (const name of SCRIPTS) {
    const text = readFileSync(path.join(scripts, name), "utf8").replace(/@VERSION@/g, version);
    writeFileSync(path.join(root, name), text, { mode: name.endsWith(".sh") ? 0o755 : 0o644 });
  }
  const folderZip: Record<string, Uint8Array> = {};
  entries(folder, `kehou_${version}/`, folderZip);
  writeFileSync(path.join(root, `kehou_${version}.zip`), zipSync(folderZip));
  const offline = { ...folderZip };
  for (const name of SCRIPTS) offline[name] = readFileSync(path.join(root, name));
  writeFileSync(path.join(root, `kehou-wps-${version}-offline.zip`), zipSync(offline));
  return folder;
}

if (require.main === module) {
  const dist = path.join(__dirname, "..", "..", "dist");
  const { version } = JSON.parse(
    readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")
  );
  console.log(`WPS add-in: ${writeWpsPackage(dist, version)}`);
}
