import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { messySchool } from "../support/messy-school";
import { runCli } from "../support/run-cli";
import { entriesOf, storedZip } from "../support/stored-zip";

const ROSTER = "xl/worksheets/sheet2.xml";
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** The school's package with the roster part edited as `edit` says, and any more entries. */
async function school(
  edit: (xml: string) => Uint8Array,
  more: (roster: string) => [string, Uint8Array][] = () => []
): Promise<Uint8Array> {
  const entries = entriesOf(await messySchool());
  const roster = text(entries.find(([n]) => n === ROSTER)![1]);
  return storedZip([
    ...entries.map(([n, d]): [string, Uint8Array] => [n, n === ROSTER ? edit(text(d)) : d]),
    ...more(roster),
  ]);
}

describe("kehou refuses a package its reader must not guess at, in Chinese, exit 1", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-refused-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      "two parts of one name ignoring case",
      () => school(utf8, (r) => [["XL/Worksheets/Sheet2.xml", utf8(r.replace(/否/g, "是"))]]),
      "工作簿中有两个同名的部件「xl/worksheets/sheet2.xml」与「XL/Worksheets/Sheet2.xml」",
    ],
    [
      "a UTF-32 roster",
      () =>
        school((xml) => {
          const points = [...`\ufeff${xml}`].map((c) => c.codePointAt(0)!);
          return new Uint8Array(new Uint32Array(points).buffer);
        }),
      `工作簿的部件 ${ROSTER} 使用 UTF-32 编码`,
    ],
    [
      "a roster part that is no worksheet",
      () => school((xml) => utf8(xml.replace(/worksheet\b/g, "worksheat"))),
      `工作表「学生信息」的数据（${ROSTER}）不是工作表`,
    ],
  ])("%s: charge and charge -o", async (_, make, said) => {
    const file = path.join(dir, "学校.xlsx");
    writeFileSync(file, await make());
    const json = await runCli("charge", file, "--json");
    expect(json.code).toBe(1);
    expect(json.err).toContain(`无法读取「学校.xlsx」：${said}`);
    const out = path.join(dir, "out.xlsx");
    const copy = await runCli("charge", file, "-o", out);
    expect(copy.code).toBe(1);
    expect(copy.err).toContain(said);
    expect(existsSync(out)).toBe(false);
  });
});
