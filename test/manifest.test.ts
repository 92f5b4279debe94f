import { readFileSync } from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";

/**
 * The manifest checked offline, since `office-addin-manifest validate` posts it to a web
 * service that cannot be reached here.
 */
const xml = readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: () => false,
});
const manifest = parser.parse(xml).OfficeApp;

/** Every element anywhere under a node, with its tag name. */
function walk(
  node: unknown,
  visit: (tag: string, value: Record<string, unknown>) => void,
  tag = "OfficeApp"
): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit, tag));
  if (node === null || typeof node !== "object") return;
  visit(tag, node as Record<string, unknown>);
  for (const [key, child] of Object.entries(node))
    if (!key.startsWith("@")) walk(child, visit, key);
}

function all(
  predicate: (tag: string, value: Record<string, unknown>) => boolean
): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  walk(manifest, (tag, value) => predicate(tag, value) && found.push(value));
  return found;
}

const resources = manifest.VersionOverrides.Resources;
const list = (x: unknown) => (Array.isArray(x) ? x : [x]);
const ids = {
  Image: list(resources.Images.Image).map((i: Record<string, string>) => i["@id"]),
  Url: list(resources.Urls.Url).map((i: Record<string, string>) => i["@id"]),
  String: [...list(resources.ShortStrings.String), ...list(resources.LongStrings.String)].map(
    (i: Record<string, string>) => i["@id"]
  ),
};

describe("manifest.xml", () => {
  it("is a task-pane add-in for workbooks with ReadWriteDocument", () => {
    expect(manifest["@type"]).toBe("TaskPaneApp");
    expect(manifest.Hosts.Host["@Name"]).toBe("Workbook");
    expect(manifest.Permissions).toBe("ReadWriteDocument");
  });

  it("asks for the shared runtime and runs pane, ribbon and functions in it", () => {
    expect(manifest.Requirements.Sets.Set["@Name"]).toBe("SharedRuntime");
    const host = manifest.VersionOverrides.Hosts.Host;
    expect(host.Runtimes.Runtime["@lifetime"]).toBe("long");
    const runtime = host.Runtimes.Runtime["@resid"];
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@type"]).toBe("CustomFunctions");
    expect(cf.Page.SourceLocation["@resid"]).toBe(runtime);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(runtime);
    const actions = all((tag) => tag === "Action");
    expect(actions.filter((a) => a["@type"] === "ExecuteFunction").length).toBeGreaterThanOrEqual(
      3
    );
    actions
      .filter((a) => a["@type"] === "ShowTaskpane")
      .forEach((a) => expect((a.SourceLocation as Record<string, string>)["@resid"]).toBe(runtime));
  });

  it("puts the eight buttons on a 课后服务 tab, with Chinese labels", () => {
    const strings = new Map(
      (
        list(resources.ShortStrings.String) as { "@id": string; Override?: { "@Value": string } }[]
      ).map((x) => [x["@id"], x.Override?.["@Value"]] as const)
    );
    const controls = all((tag) => tag === "Control");
    expect(controls.map((c) => strings.get((c.Label as Record<string, string>)["@resid"]))).toEqual(
      [
        "校验名册",
        "生成收费表",
        "检查违规",
        "生成公示",
        "生成缴费通知",
        "汇总报送",
        "插入模板",
        "打开面板",
      ]
    );
    expect(strings.get("Tab.Label")).toBe("课后服务");
  });

  it("declares the KEHOU namespace", () => {
    const nsId =
      manifest.VersionOverrides.Hosts.Host.AllFormFactors.ExtensionPoint.Namespace["@resid"];
    const ns = list(resources.ShortStrings.String).find(
      (s: Record<string, string>) => s["@id"] === nsId
    );
    expect(ns["@DefaultValue"]).toBe("KEHOU");
  });

  it("resolves every resid to a resource of the right kind", () => {
    const refs = all((_tag, v) => typeof v["@resid"] === "string");
    expect(refs.length).toBeGreaterThan(10);
    const everyId = [...ids.Image, ...ids.Url, ...ids.String];
    for (const ref of refs) expect(everyId).toContain(ref["@resid"]);
    all((tag) => tag === "Image").forEach(
      (img) => img["@resid"] && expect(ids.Image).toContain(img["@resid"])
    );
  });

  it("has resource ids that are unique and at most 32 characters", () => {
    const everyId = [...ids.Image, ...ids.Url, ...ids.String];
    expect(new Set(everyId).size).toBe(everyId.length);
    everyId.forEach((id) => expect(id.length).toBeLessThanOrEqual(32));
  });

  it("serves every URL over https from one host", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    urls.push(...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]));
    expect(urls.length).toBeGreaterThan(5);
    const hosts = new Set(urls.map((u) => new URL(u).host));
    urls.forEach((u) => expect(new URL(u).protocol).toBe("https:"));
    expect([...hosts]).toEqual(["localhost:3000"]);
  });

  it("gives every user-facing string a zh-CN override and short strings within 125 characters", () => {
    for (const s of list(resources.ShortStrings.String) as Record<string, unknown>[]) {
      expect(String(s["@DefaultValue"]).length).toBeLessThanOrEqual(125);
      if (s["@id"] !== "Functions.Namespace")
        expect((s.Override as Record<string, string>)["@Locale"]).toBe("zh-CN");
    }
    for (const s of list(resources.LongStrings.String) as Record<string, unknown>[]) {
      expect((s.Override as Record<string, string>)["@Locale"]).toBe("zh-CN");
    }
    expect(manifest.DisplayName.Override["@Locale"]).toBe("zh-CN");
  });

  it("points zh-CN Excel at the Chinese function metadata", () => {
    const metadata = list(resources.Urls.Url).find(
      (u: Record<string, string>) => u["@id"] === "Functions.Metadata.Url"
    );
    expect(metadata["@DefaultValue"]).toMatch(/\/functions\.json$/);
    expect(metadata.Override["@Locale"]).toBe("zh-CN");
    expect(metadata.Override["@Value"]).toMatch(/\/functions\.zh-CN\.json$/);
  });

  it("has the ribbon's icons in assets/ at 16, 32 and 80 px", () => {
    for (const img of list(resources.Images.Image) as Record<string, string>[]) {
      const file = path.join(
        __dirname,
        "..",
        "assets",
        path.basename(new URL(img["@DefaultValue"]).pathname)
      );
      const png = readFileSync(file);
      const size = Number(
        img["@id"]
          .match(/(\d+)x\1$|Icon(\d+)$/)
          ?.slice(1)
          .find(Boolean)
      );
      expect(png.readUInt32BE(16)).toBe(size); // PNG width
      expect(png.readUInt32BE(20)).toBe(size); // PNG height
    }
  });
});
