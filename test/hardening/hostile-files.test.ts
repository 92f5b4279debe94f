import { runCli } from "../support/run-cli";
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { encryptedXlsx } from "../support/other-formats";

const run = runCli;

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-hostile-"));
const at = (name: string) => path.join(dir, name);
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A school workbook whose one sheet XML is replaced by `xml(original)`. */
async function patched(name: string, xml: (original: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(await gridsToXlsx(generateSchool(5, 1, "补丁学校")));
  const sheet = "xl/worksheets/sheet2.xml";
  zip.file(sheet, xml(await zip.file(sheet)!.async("string")));
  writeFileSync(at(name), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return at(name);
}

const files: Record<string, string> = {};

beforeAll(async () => {
  const good = await gridsToXlsx(generateSchool(30, 2, "正常学校"));
  writeFileSync((files.good = at("good.xlsx")), good);
  writeFileSync((files.empty = at("empty.xlsx")), "");
  writeFileSync((files.truncated = at("truncated.xlsx")), good.subarray(0, good.length / 2));
  writeFileSync(
    (files.xls = at("legacy.xls")),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])
  );
  writeFileSync((files.encrypted = at("password.xlsx")), encryptedXlsx());
  writeFileSync((files.csv = at("renamed-csv.xlsx")), "学号,姓名,年级\nS1,张三,三年级\n");
  // A zip bomb: 210 MB of one character that deflates to a few hundred KB.
  const bomb = new JSZip();
  bomb.file("[Content_Types].xml", "<Types/>");
  bomb.file("xl/worksheets/sheet1.xml", Buffer.alloc(210 * 1024 * 1024, 0x20));
  writeFileSync(
    (files.bomb = at("bomb.xlsx")),
    await bomb.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 9 },
    })
  );
  // 50 sheets, the school's among them.
  const many = new ExcelJS.Workbook();
  await many.xlsx.load(good as unknown as ArrayBuffer);
  for (let i = 0; i < 47; i++) many.addWorksheet(`杂项${i}`).addRow(["备忘", i]);
  writeFileSync(
    (files.fifty = at("fifty-sheets.xlsx")),
    Buffer.from(await many.xlsx.writeBuffer())
  );
  // A million empty formatted rows under the roster.
  files.million = await patched("million-rows.xlsx", (xml) =>
    xml.replace(
      "</sheetData>",
      Array.from(
        { length: 1_000_000 - 40 },
        (_, i) => `<row r="${i + 41}" s="0" customFormat="1"/>`
      ).join("") + "</sheetData>"
    )
  );
  // External links and circular formulas, with their cached values.
  const odd = new ExcelJS.Workbook();
  await odd.xlsx.load(good as unknown as ArrayBuffer);
  const roster = odd.getWorksheet("名册")!;
  roster.getCell("J1").value = { formula: "'[其他学校.xlsx]Sheet1'!A1", result: 7 };
  roster.getCell("K1").value = { formula: "L1+1", result: 1 };
  roster.getCell("L1").value = { formula: "K1+1", result: 2 };
  writeFileSync(
    (files.odd = at("links-and-circles.xlsx")),
    Buffer.from(await odd.xlsx.writeBuffer())
  );
}, 180_000);

describe.each(["validate", "charge", "breaches"])("kehou %s on hostile and broken files", (job) => {
  it.each([
    ["empty", /空文件/],
    ["truncated", /已损坏/],
    ["xls", /\.xls\/\.et 格式的文件，但已损坏或不完整/],
    ["encrypted", /设有打开密码（已加密）.*删除密码/],
    ["csv", /不是 \.xlsx 工作簿/],
    ["bomb", /压缩炸弹/],
  ])(
    "refuses %s with a clear message and exit 1, leaving it unchanged",
    async (name, message) => {
      const before = sha(files[name]);
      const r = await run(job, files[name], "--json");
      expect([r.code, r.err]).toEqual([1, expect.stringMatching(message)]);
      expect(sha(files[name])).toBe(before);
    },
    60_000
  );

  it.each(["fifty", "million", "odd"])(
    "reads %s and runs, leaving it byte-identical",
    async (name) => {
      const before = sha(files[name]);
      const out = at(`${job}-${name}-out.xlsx`);
      const r = await run(job, files[name], "-o", out, "--force", "--json");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toBeDefined();
      expect(sha(files[name])).toBe(before);
    },
    120_000
  );
});

describe("kehou consolidate with every bad file in the batch", () => {
  it("lists each as an error and still consolidates the good ones", async () => {
    const r = await run(
      "consolidate",
      ...Object.values(files),
      "-o",
      at("city.xlsx"),
      "--force",
      "--json"
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const unread = json.errors.filter((e: { message: string }) => !/重复报送/.test(e.message));
    expect(unread.map((e: { file: string }) => path.basename(e.file)).sort()).toEqual(
      [
        "bomb.xlsx",
        "empty.xlsx",
        "legacy.xls",
        "password.xlsx",
        "renamed-csv.xlsx",
        "truncated.xlsx",
      ].sort()
    );
    // good.xlsx, fifty-sheets.xlsx and links-and-circles.xlsx are one school (正常学校): the
    // newest counts, the other two are resubmissions.
    const resubmitted = json.errors.filter((e: { message: string }) => /重复报送/.test(e.message));
    expect(resubmitted).toHaveLength(2);
    expect(json.schools.map((s: { school: string }) => s.school).sort()).toEqual(
      ["正常学校", "补丁学校"].sort()
    );
  }, 180_000);
});
