import { existsSync, readFileSync } from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";
const { releaseManifest } = require("../scripts/release-manifest");

/**
 * The rules of the add-in manifest schema that matter for Kehou, checked offline (the XSD is
 * in no package we can install and its text is not copied here; `npm run validate` posts the
 * manifest to Microsoft's service for the full check). Sources: the add-in-only manifest
 * reference, https://learn.microsoft.com/javascript/api/manifest
 */
const root = path.join(__dirname, "..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");

interface Node {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly children: Node[];
  readonly text: string;
}

/** The manifest as a tree that keeps element order; namespace prefixes dropped. */
function parse(source: string): Node {
  const raw = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
  }).parse(source) as Record<string, unknown>[];
  const convert = (o: Record<string, unknown>): Node | undefined => {
    const tag = Object.keys(o).find((k) => k !== ":@");
    if (!tag || tag === "#text" || tag === "?xml") return undefined;
    const kids = o[tag] as Record<string, unknown>[];
    return {
      tag,
      attrs: (o[":@"] ?? {}) as Record<string, string>,
      children: kids.map(convert).filter((n): n is Node => n !== undefined),
      text: kids.map((k) => k["#text"] ?? "").join(""),
    };
  };
  return raw.map(convert).find((n) => n?.tag === "OfficeApp")!;
}

const app = parse(xml);
const child = (n: Node, tag: string) => n.children.find((c) => c.tag === tag)!;
const all = (n: Node): Node[] => [n, ...n.children.flatMap(all)];

/** Children's tags must follow `order` (each may repeat, all must be known). */
function expectOrder(n: Node, order: readonly string[]): void {
  const tags = n.children.map((c) => c.tag);
  for (const t of tags) expect(order).toContain(t);
  const positions = tags.map((t) => order.indexOf(t));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

const ORDER: Record<string, readonly string[]> = {
  // TaskPaneApp's sequence of elements under OfficeApp
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "AllowSnapshot",
    "Dictionary",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  CustomTab: ["Group", "Label"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
};

describe("manifest.xml against the schema's rules", () => {
  it("orders the elements under OfficeApp, VersionOverrides and the ribbon as the schema does", () => {
    for (const n of all(app))
      if (ORDER[n.tag] && n.tag !== "Description") expectOrder(n, ORDER[n.tag]);
    const vo = child(app, "VersionOverrides");
    expectOrder(child(vo, "Hosts").children[0], [
      "Runtimes",
      "AllFormFactors",
      "DesktopFormFactor",
    ]);
    const cf = all(vo).find(
      (n) => n.tag === "ExtensionPoint" && n.attrs.type === "CustomFunctions"
    )!;
    expectOrder(cf, ["Script", "Page", "Metadata", "Namespace"]);
  });

  it("has the required elements, a GUID id and a four-part version", () => {
    for (const tag of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "DefaultSettings",
      "Permissions",
    ])
      expect(child(app, tag)).toBeDefined();
    expect(child(app, "Id").text).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i);
    expect(child(app, "Version").text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(child(child(app, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBeTruthy();
  });

  it("keeps resource ids and resids within 32 characters and control ids unique", () => {
    const ids = all(app).flatMap((n) => [n.attrs.resid, n.attrs.id].filter(Boolean));
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const controls = all(app)
      .filter((n) => n.tag === "Control")
      .map((n) => n.attrs.id);
    expect(new Set(controls).size).toBe(controls.length);
  });

  it("keeps short strings within 125 characters and long strings within 250, in every language", () => {
    const res = child(child(app, "VersionOverrides"), "Resources");
    const values = (n: Node) => [n.attrs.DefaultValue, ...n.children.map((o) => o.attrs.Value)];
    for (const s of child(res, "ShortStrings").children)
      for (const v of values(s)) expect(v.length).toBeLessThanOrEqual(125);
    for (const s of child(res, "LongStrings").children)
      for (const v of values(s)) expect(v.length).toBeLessThanOrEqual(250);
    for (const v of values(child(app, "DisplayName"))) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of values(child(app, "Description"))) expect(v.length).toBeLessThanOrEqual(250);
  });

  it("gives every icon the pixel size it is declared at", () => {
    const res = child(child(app, "VersionOverrides"), "Resources");
    const images = new Map(
      child(res, "Images").children.map((i) => [i.attrs.id, i.attrs.DefaultValue])
    );
    const png = (url: string) => {
      const bytes = readFileSync(path.join(root, "assets", path.basename(new URL(url).pathname)));
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    const refs = all(app).filter((n) => n.tag === "Image" && n.attrs.resid);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs)
      expect(png(images.get(r.attrs.resid)!)).toEqual([Number(r.attrs.size), Number(r.attrs.size)]);
    expect(png(child(app, "IconUrl").attrs.DefaultValue)).toEqual([32, 32]);
    expect(png(child(app, "HighResolutionIconUrl").attrs.DefaultValue)).toEqual([64, 64]);
  });
});

/** Every URL of a manifest: attribute values and AppDomain texts. */
function urls(source: string): string[] {
  const tree = parse(source);
  return all(tree).flatMap((n) => [
    ...Object.values(n.attrs).filter((v) => /^\w+:\/\//.test(v)),
    ...(n.tag === "AppDomain" ? [n.text.trim()] : []),
  ]);
}

describe("the manifest's URLs", () => {
  it("are https on one origin in development", () => {
    const list = urls(xml);
    expect(list.length).toBeGreaterThan(25);
    expect(new Set(list.map((u) => new URL(u).origin))).toEqual(
      new Set(["https://localhost:3000"])
    );
  });

  it("all move to the release origin in a release build, AppDomain included", () => {
    const release = releaseManifest(xml, "https://kehou.example.edu.cn/");
    expect(release).not.toContain("localhost");
    const list = urls(release);
    expect(list).toHaveLength(urls(xml).length);
    for (const u of list) expect(new URL(u).origin).toBe("https://kehou.example.edu.cn");
    expect(release).toContain("<AppDomain>https://kehou.example.edu.cn</AppDomain>");
    expect(releaseManifest(xml, "https://x.cn/kehou")).toContain(
      '"https://x.cn/kehou/taskpane.html"'
    );
  });

  it("name pages the build makes (SupportUrl and LearnMoreUrl: the help page)", () => {
    const config = readFileSync(path.join(root, "webpack.config.js"), "utf8");
    const made = new Set([
      "taskpane.html",
      "functions.js",
      "functions.json",
      "functions.zh-CN.json",
    ]);
    for (const u of urls(xml)) {
      const file = new URL(u).pathname.slice(1);
      if (file === "") continue; // AppDomain
      if (file.startsWith("assets/")) expect(existsSync(path.join(root, file))).toBe(true);
      else if (file === "help.html") {
        expect(existsSync(path.join(root, "src/help/help.html"))).toBe(true);
        expect(config).toContain('to: "help.html"');
      } else expect(made).toContain(file);
      const built = path.join(root, "dist", file);
      if (existsSync(path.join(root, "dist", "manifest.xml"))) expect(existsSync(built)).toBe(true);
    }
  });

  it("has a help page in Chinese first that covers install, functions, ribbon and data", () => {
    const help = readFileSync(path.join(root, "src/help/help.html"), "utf8");
    expect(help).toMatch(/<html lang="zh-CN">/);
    for (const part of ["安装", "自定义函数", "选项卡", "数据去向", "KEHOU.SERVICEFEE"])
      expect(help).toContain(part);
  });
});
