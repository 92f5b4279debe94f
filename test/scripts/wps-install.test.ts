import { execFileSync } from "child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import { writeWpsPackage } from "../../scripts/wps/package";

const VERSION = "9.9.9";
const OTHER = '  <jsplugin name="公文助手" type="wps" url="file:///opt/gw/" version="1.0"/>';

let tmp: string;
let dist: string;

/** A built dist/ in miniature: the WPS main.js, the browser page and an icon. */
function fakeDist(): string {
  const d = path.join(tmp, "dist");
  mkdirSync(path.join(d, "assets"), { recursive: true });
  mkdirSync(path.join(d, "lib"), { recursive: true });
  writeFileSync(path.join(d, "wps-main.js"), "/* main */");
  writeFileSync(path.join(d, "index.html"), "<html></html>");
  writeFileSync(path.join(d, "taskpane.js"), "/* pane */");
  writeFileSync(path.join(d, "manifest.xml"), "<OfficeApp/>");
  writeFileSync(path.join(d, "lib", "office.js"), "/* office */");
  writeFileSync(path.join(d, "assets", "icon-32.png"), "png");
  writeWpsPackage(d, VERSION, path.join(__dirname, "..", "..", "scripts", "wps"));
  return d;
}

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "kehou-wps-"));
  dist = fakeDist();
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const kehouLines = (text: string) => text.split("\n").filter((l) => l.includes('name="kehou"'));

describe("the WPS package (npm run build's dist/wps)", () => {
  it("holds the add-in folder, the scripts with the version, and both zips", () => {
    const wps = path.join(dist, "wps");
    const folder = path.join(wps, `kehou_${VERSION}`);
    for (const f of [
      "ribbon.xml",
      "index.html",
      "main.js",
      "assets/icon-32.png",
      "pane/index.html",
    ])
      expect(existsSync(path.join(folder, f))).toBe(true);
    expect(existsSync(path.join(folder, "pane", "manifest.xml"))).toBe(false);
    expect(readFileSync(path.join(folder, "ribbon.xml")).subarray(0, 9).toString()).toBe(
      "<customUI"
    );
    expect(readFileSync(path.join(wps, "install.sh"), "utf8")).toContain(`VERSION="${VERSION}"`);
    expect(readFileSync(path.join(wps, "jsplugins.xml"), "utf8")).toContain(`kehou_${VERSION}.zip`);
    expect(existsSync(path.join(wps, `kehou_${VERSION}.zip`))).toBe(true);
    expect(existsSync(path.join(wps, `kehou-wps-${VERSION}-offline.zip`))).toBe(true);
  });

  it("uses no wpsjs anywhere in the build or the scripts", () => {
    for (const f of ["package.json", "webpack.config.js"])
      expect(readFileSync(f, "utf8")).not.toContain("wpsjs");
    const wps = path.join(dist, "wps");
    for (const f of readdirSync(wps).filter((n) => !n.endsWith(".zip")))
      if (statSync(path.join(wps, f)).isFile())
        expect(readFileSync(path.join(wps, f), "utf8")).not.toContain("wpsjs");
  });
});

describe("install.sh and uninstall.sh under a temporary HOME (Linux)", () => {
  const run = (script: string, home: string) =>
    execFileSync("sh", [path.join(dist, "wps", script)], {
      env: { PATH: process.env.PATH, HOME: home },
    });

  it("places the folder and the records, replaces an older version, and removes only its own", () => {
    const home = path.join(tmp, "home");
    const addons = path.join(home, ".local/share/Kingsoft/wps/jsaddons");
    mkdirSync(path.join(addons, "kehou_0.0.1"), { recursive: true });
    writeFileSync(
      path.join(addons, "publish.xml"),
      `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${OTHER}\n  <jsplugin name="kehou" type="et" url="" version="0.0.1"/>\n</jsplugins>\n`
    );
    run("install.sh", home);
    run("install.sh", home); // twice: still one record
    expect(existsSync(path.join(addons, `kehou_${VERSION}`, "ribbon.xml"))).toBe(true);
    expect(existsSync(path.join(addons, "kehou_0.0.1"))).toBe(false);
    const publish = readFileSync(path.join(addons, "publish.xml"), "utf8");
    expect(kehouLines(publish)).toHaveLength(1);
    expect(kehouLines(publish)[0]).toContain(`version="${VERSION}"`);
    expect(kehouLines(publish)[0]).toContain(`url="file://${addons}/kehou_${VERSION}/"`);
    expect(publish).toContain(OTHER);
    expect(publish.trim().endsWith("</jsplugins>")).toBe(true);
    const auth = readFileSync(path.join(addons, "authwebsite.xml"), "utf8");
    expect(kehouLines(auth)).toHaveLength(1);

    run("uninstall.sh", home);
    expect(readdirSync(addons).filter((n) => n.startsWith("kehou_"))).toEqual([]);
    const after = readFileSync(path.join(addons, "publish.xml"), "utf8");
    expect(kehouLines(after)).toHaveLength(0);
    expect(after).toContain(OTHER);
    expect(kehouLines(readFileSync(path.join(addons, "authwebsite.xml"), "utf8"))).toHaveLength(0);
  });

  it("makes the jsaddons folder and the lists on a machine that has none", () => {
    const home = path.join(tmp, "fresh");
    mkdirSync(home);
    run("install.sh", home);
    const publish = readFileSync(
      path.join(home, ".local/share/Kingsoft/wps/jsaddons/publish.xml"),
      "utf8"
    );
    expect(publish.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>')).toBe(true);
    expect(kehouLines(publish)).toHaveLength(1);
  });
});

/**
 * Windows Script Host as install.wsf uses it, over a Windows-shaped tree in the temp folder
 * (C:\Users\…\AppData\Roaming). The objects behave as Microsoft documents them:
 * FileSystemObject (https://learn.microsoft.com/en-us/office/vba/language/reference/user-interface-help/filesystemobject-object),
 * ADODB.Stream writing a UTF-8 byte-order mark before text (https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/stream-object-ado),
 * WScript.Shell's ExpandEnvironmentStrings (https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/windows-scripting/dy8116cf(v=vs.84)).
 */
function runWsh(job: "install" | "uninstall", drive: string): string[] {
  const APPDATA = "C:\\Users\\学生\\AppData\\Roaming";
  const real = (p: string) => path.join(drive, ...p.replace(/^C:\\/, "").split("\\"));
  const echoes: string[] = [];
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  class Stream {
    Type = 2;
    Charset = "";
    Position = 0;
    private bytes = Buffer.alloc(0);
    Open() {}
    Close() {}
    LoadFromFile(p: string) {
      this.bytes = readFileSync(real(p));
    }
    ReadText() {
      const b = this.bytes.subarray(0, 3).equals(BOM) ? this.bytes.subarray(3) : this.bytes;
      return b.toString("utf8");
    }
    WriteText(t: string) {
      this.bytes = Buffer.concat([
        this.bytes.length === 0 ? BOM : Buffer.alloc(0),
        this.bytes,
        Buffer.from(t, "utf8"),
      ]);
    }
    CopyTo(other: Stream) {
      other.bytes = Buffer.concat([other.bytes, this.bytes.subarray(this.Position)]);
    }
    SaveToFile(p: string, mode: number) {
      if (mode !== 2 && existsSync(real(p))) throw new Error("file exists");
      writeFileSync(real(p), this.bytes);
    }
  }
  const fso = {
    GetParentFolderName: (p: string) => p.replace(/\\[^\\]*$/, ""),
    FolderExists: (p: string) => existsSync(real(p)) && statSync(real(p)).isDirectory(),
    FileExists: (p: string) => existsSync(real(p)) && statSync(real(p)).isFile(),
    CreateFolder: (p: string) => mkdirSync(real(p)),
    DeleteFolder: (p: string) => rmSync(real(p), { recursive: true }),
    CopyFolder: (from: string, to: string) => cpSync(real(from), real(to), { recursive: true }),
  };
  const context = vm.createContext({
    WScript: {
      ScriptFullName: `C:\\Users\\学生\\Downloads\\kehou-wps\\${job}.wsf`,
      Echo: (t: string) => echoes.push(t),
      Quit: (code: number) => {
        throw new Error(`quit ${code}`);
      },
    },
    ActiveXObject: function (name: string) {
      if (name === "WScript.Shell")
        return { ExpandEnvironmentStrings: (s: string) => s.replace("%APPDATA%", APPDATA) };
      if (name === "Scripting.FileSystemObject") return fso;
      if (name === "ADODB.Stream") return new Stream();
      throw new Error(`no ActiveX ${name}`);
    },
  });
  const wsf = readFileSync(path.join(dist, "wps", `${job}.wsf`), "utf8");
  for (const m of wsf.matchAll(
    /<script language="JScript"(?: src="([^"]+)")?\s*(?:\/>|>([\s\S]*?)<\/script>)/g
  ))
    vm.runInContext(m[1] ? readFileSync(path.join(dist, "wps", m[1]), "utf8") : m[2], context);
  return echoes;
}

describe("install.wsf and uninstall.wsf on a Windows-shaped tree", () => {
  it("are ES3 as Windows Script Host's JScript reads it: no trailing commas, let, const or =>", () => {
    for (const f of ["records.js", "windows.js"]) {
      const code = readFileSync(path.join(dist, "wps", f), "utf8").replace(
        /\/\*[\s\S]*?\*\/|\/\/.*$/gm,
        ""
      );
      expect(code).not.toMatch(/,\s*[}\])]/);
      expect(code).not.toMatch(/\b(let|const|class)\s|=>|`/);
      // WSH reads a .js file in the system's code page: ASCII only.
      expect([...code].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    }
  });

  it("places the folder and UTF-8 records without a byte-order mark, and removes them", () => {
    const drive = path.join(tmp, "C");
    const download = path.join(drive, "Users", "学生", "Downloads", "kehou-wps");
    mkdirSync(download, { recursive: true });
    cpSync(path.join(dist, "wps", `kehou_${VERSION}`), path.join(download, `kehou_${VERSION}`), {
      recursive: true,
    });
    const addons = path.join(
      drive,
      "Users",
      "学生",
      "AppData",
      "Roaming",
      "kingsoft",
      "wps",
      "jsaddons"
    );
    mkdirSync(addons, { recursive: true });
    writeFileSync(path.join(addons, "publish.xml"), `<jsplugins>\n${OTHER}\n</jsplugins>\n`);
    runWsh("install", drive);
    runWsh("install", drive);
    expect(existsSync(path.join(addons, `kehou_${VERSION}`, "main.js"))).toBe(true);
    const bytes = readFileSync(path.join(addons, "publish.xml"));
    expect(bytes[0]).toBe("<".charCodeAt(0));
    const publish = bytes.toString("utf8");
    expect(kehouLines(publish)).toHaveLength(1);
    expect(kehouLines(publish)[0]).toContain(
      `url="file:///C:/Users/学生/AppData/Roaming/kingsoft/wps/jsaddons/kehou_${VERSION}/"`
    );
    expect(publish).toContain(OTHER);
    expect(kehouLines(readFileSync(path.join(addons, "authwebsite.xml"), "utf8"))).toHaveLength(1);

    expect(runWsh("uninstall", drive).join("")).toContain("已卸载");
    expect(existsSync(path.join(addons, `kehou_${VERSION}`))).toBe(false);
    const after = readFileSync(path.join(addons, "publish.xml"), "utf8");
    expect(kehouLines(after)).toHaveLength(0);
    expect(after).toContain(OTHER);
  });
});
