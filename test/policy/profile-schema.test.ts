import { readFileSync } from "fs";
import path from "path";
import { profileSchemaText } from "../../scripts/profile-schema-gen";
import { BUILT_IN_PROFILES } from "../../src/policy/profiles";
import { readProfileFile } from "../../src/sheets/profile-file";

const root = path.join(__dirname, "..", "..");
const fixture = (name: string) => readFileSync(path.join(root, "test", "fixtures", name), "utf8");

describe("profile.schema.json", () => {
  it("is the schema generated from the Profile type (run npm run docs after changing the type)", () => {
    expect(readFileSync(path.join(root, "src", "policy", "profile.schema.json"), "utf8")).toBe(
      profileSchemaText()
    );
  });

  it.each(Object.keys(BUILT_IN_PROFILES))("accepts the built-in profile %s", (id) => {
    expect(readProfileFile(JSON.stringify(BUILT_IN_PROFILES[id]), `${id}.json`)).toMatchObject({
      ok: true,
    });
  });

  it.each(["example-keshi.json", "example-monthly.json"])("accepts the example %s", (name) => {
    expect(readProfileFile(fixture(name), name)).toMatchObject({ ok: true });
  });
});

describe("readProfileFile: an invalid profile is refused with findings, never a crash", () => {
  const suifenhe = () => JSON.parse(JSON.stringify(BUILT_IN_PROFILES["suifenhe-2021"]));
  const fields = (text: string) => {
    const read = readProfileFile(text, "city.json");
    if (read.ok) throw new Error("accepted");
    return read.findings.map((f) => [f.rule, f.params?.field, f.severity]);
  };

  it("names a fraction of a fen, an unknown unit, a missing field, a bad time and a stray key", () => {
    const p = suifenhe();
    p.rates.primary = 4.5;
    p.billing = { unit: "lesson" };
    delete p.dailyMinimumMinutes;
    p.service.start.primary = "25:00";
    p.rate = 400;
    expect(fields(JSON.stringify(p))).toEqual(
      expect.arrayContaining([
        ["PROFILE_FIELD_INVALID", "rates.primary", "error"],
        ["PROFILE_FIELD_INVALID", "billing.unit", "error"],
        ["PROFILE_FIELD_INVALID", "dailyMinimumMinutes", "error"],
        ["PROFILE_FIELD_INVALID", "service.start.primary", "error"],
        ["PROFILE_FIELD_INVALID", "rate", "error"],
      ])
    );
  });

  it("takes rateIsCeiling as true or false, and refuses it written as text", () => {
    const p = suifenhe();
    p.rateIsCeiling = true;
    const read = readProfileFile(JSON.stringify(p), "city.json");
    expect(read.ok && read.profile.rateIsCeiling).toBe(true);
    p.rateIsCeiling = "是";
    expect(fields(JSON.stringify(p))).toEqual([
      ["PROFILE_FIELD_INVALID", "rateIsCeiling", "error"],
    ]);
  });

  it("says the field and what to write in Chinese", () => {
    const p = suifenhe();
    p.service.start.primary = "3:30 PM";
    const read = readProfileFile(JSON.stringify(p), "city.json");
    expect(read.ok === false && read.findings[0].message).toBe(
      "政策文件「city.json」的字段 service.start.primary 不符合要求：「3:30 PM」应写成 24 小时制的 时:分，如 16:45"
    );
  });

  it("refuses shares that do not add up to 100, tiers out of order and overlapping periods", () => {
    const p = suifenhe();
    p.waiver.shares[0].percent = 60;
    p.refund.tiers = [p.refund.tiers[1], p.refund.tiers[0], p.refund.tiers[2]];
    p.service.periods[1].from = "2022-02-01";
    expect(fields(JSON.stringify(p))).toEqual([
      ["PROFILE_FIELD_INVALID", "waiver.shares", "error"],
      ["PROFILE_FIELD_INVALID", "refund.tiers[1].upTo", "error"],
      ["PROFILE_FIELD_INVALID", "service.periods[1].from", "error"],
    ]);
  });

  it("refuses a date that does not exist and a tier list without an open last tier", () => {
    const p = suifenhe();
    p.provenance.inForceFrom = "2021-02-30";
    p.transfer.tiers = p.transfer.tiers.slice(0, 2);
    expect(fields(JSON.stringify(p))).toEqual([
      ["PROFILE_FIELD_INVALID", "transfer.tiers", "error"],
      ["PROFILE_FIELD_INVALID", "provenance.inForceFrom", "error"],
    ]);
  });

  it.each(["", "{", "[]", "null", "42", '"suifenhe-2021"'])("refuses %j as a whole", (text) => {
    const read = readProfileFile(text, "city.json");
    expect(read.ok).toBe(false);
    expect(read.ok === false && read.findings.length).toBeGreaterThan(0);
  });

  it("refuses a rate of 1e20 fen and a month cap past 10,000,000 fen, naming the field", () => {
    const p = suifenhe();
    p.rates.primary = 1e20;
    p.rates.junior = 100_001;
    p.caps.perMonthFen = 10_000_001;
    expect(fields(JSON.stringify(p))).toEqual([
      ["PROFILE_FIELD_INVALID", "rates.primary", "error"],
      ["PROFILE_FIELD_INVALID", "caps.perMonthFen", "error"],
    ]);
    const q = suifenhe();
    q.rates.junior = 100_001;
    expect(fields(JSON.stringify(q))).toEqual([["PROFILE_FIELD_INVALID", "rates.junior", "error"]]);
  });

  it("takes a month's fee above 1,000 yuan, the bound of an hour's rate", () => {
    const p = JSON.parse(fixture("example-monthly.json"));
    p.rates.primary = 150_000;
    expect(readProfileFile(JSON.stringify(p), "city.json")).toMatchObject({ ok: true });
  });

  it("refuses a tier with the same bound as the one before, which could never apply", () => {
    const p = suifenhe();
    const four = { upTo: 4, inclusive: true, percent: 0 };
    p.refund = {
      over: "consecutiveAbsentDays",
      tiers: [four, { ...four, percent: 50 }, { inclusive: false, percent: 100 }],
    };
    p.transfer.tiers = [
      { upTo: 50, inclusive: false, percent: 50 },
      { upTo: 50, inclusive: false, percent: 75 },
      { inclusive: false, percent: 100 },
    ];
    expect(fields(JSON.stringify(p))).toEqual([
      ["PROFILE_FIELD_INVALID", "refund.tiers[1].upTo", "error"],
      ["PROFILE_FIELD_INVALID", "transfer.tiers[1].upTo", "error"],
    ]);
  });

  it("takes an equal bound as below it, then exactly it (exclusive, then inclusive)", () => {
    const p = suifenhe();
    p.transfer.tiers = [
      { upTo: 50, inclusive: false, percent: 50 },
      { upTo: 50, inclusive: true, percent: 75 },
      { inclusive: false, percent: 100 },
    ];
    expect(readProfileFile(JSON.stringify(p), "city.json")).toMatchObject({ ok: true });
  });

  it("refuses a season's month-day that no year has (02-30, 04-31, 13-01, 00-10), takes 02-29", () => {
    const withSeason = (from: string, to: string) => {
      const p = JSON.parse(fixture("example-keshi.json"));
      p.service.periods[0].seasons[0].from = from;
      p.service.periods[0].seasons[0].to = to;
      return JSON.stringify(p);
    };
    const at = "service.periods[0].seasons[0]";
    expect(fields(withSeason("02-30", "04-31"))).toEqual([
      ["PROFILE_FIELD_INVALID", `${at}.from`, "error"],
      ["PROFILE_FIELD_INVALID", `${at}.to`, "error"],
    ]);
    expect(fields(withSeason("13-01", "00-10"))).toEqual([
      ["PROFILE_FIELD_INVALID", `${at}.from`, "error"],
      ["PROFILE_FIELD_INVALID", `${at}.to`, "error"],
    ]);
    expect(readProfileFile(withSeason("02-29", "09-30"), "city.json")).toMatchObject({ ok: true });
  });
});

describe("readProfileFile: a file that is not JSON is said in Chinese, never in Node's words", () => {
  const said = (text: string) => {
    const read = readProfileFile(text, "city.json");
    if (read.ok) throw new Error("accepted");
    return [read.findings[0].rule, read.findings[0].message];
  };

  it("gives the line and column where JSON.parse stopped", () => {
    expect(said('{\n  "id": "x",\n  "rates": {,}\n}')).toEqual([
      "PROFILE_NOT_JSON",
      "政策文件「city.json」不是有效的 JSON：第 3 行第 13 列有误",
    ]);
  });

  it("gives the end of the file where it stops short", () => {
    expect(said('{\n  "id": "x",')).toEqual([
      "PROFILE_NOT_JSON",
      "政策文件「city.json」不是有效的 JSON：第 2 行第 13 列有误",
    ]);
  });

  it("says an empty file is empty", () => {
    expect(said(" \n")).toEqual(["PROFILE_EMPTY", "政策文件「city.json」是空的"]);
  });

  it("says a workbook given as the policy is a workbook", () => {
    expect(said("PK\u0003\u0004\u0014\u0000 [Content_Types].xml")).toEqual([
      "PROFILE_IS_WORKBOOK",
      "「city.json」是一个工作簿，不是政策文件（.json）",
    ]);
  });

  it("names the character where JSON.parse gives no position", () => {
    expect(said("hello")).toEqual([
      "PROFILE_NOT_JSON_TOKEN",
      expect.stringMatching(/^政策文件「city\.json」不是有效的 JSON：有不该出现的字符 "h"$/),
    ]);
  });
});

describe("readProfileFile: a key written twice is refused, never the last one kept", () => {
  it("names the field and the line of the repeat", () => {
    const text = JSON.stringify(BUILT_IN_PROFILES["suifenhe-2021"], null, 2).replace(
      '"primary": 400,',
      '"primary": 400,\n    "primary": 10,'
    );
    const read = readProfileFile(text, "city.json");
    expect(read.ok).toBe(false);
    expect(read.ok === false && read.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        "PROFILE_DUPLICATE_KEY",
        "政策文件「city.json」的字段 rates.primary 写了两次（重复在第 46 行第 5 列）",
      ],
    ]);
  });
});

describe("readProfileFile: a file's encoding is said, never read as mojibake", () => {
  const text = JSON.stringify(BUILT_IN_PROFILES["suifenhe-2021"], null, 2);
  const said = (bytes: Uint8Array) => {
    const read = readProfileFile(bytes, "city.json");
    if (read.ok) throw new Error("accepted");
    return read.findings.map((f) => [f.rule, f.message]);
  };

  it("refuses bytes that are not UTF-8 (a file saved as GBK), saying to save as UTF-8", () => {
    // 绥芬河 in GBK: CB E7 B7 D2 BA D3, written in place of the UTF-8 on the title's line.
    const utf8 = Buffer.from(text, "utf8");
    const at = utf8.indexOf(Buffer.from("绥芬河", "utf8"));
    const gbk = Buffer.concat([
      utf8.subarray(0, at),
      Buffer.from([0xcb, 0xe7, 0xb7, 0xd2, 0xba, 0xd3]),
      utf8.subarray(at + 9),
    ]);
    expect(said(gbk)).toEqual([
      [
        "PROFILE_NOT_UTF8",
        "政策文件「city.json」不是 UTF-8 编码（第 4 行起无法识别，可能是 GBK），未使用",
      ],
    ]);
  });

  it("reads UTF-16 with its BOM (Notepad's Unicode), little- and big-endian", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be])
      expect(readProfileFile(bytes, "city.json")).toMatchObject({
        ok: true,
        profile: { provenance: { issuer: "绥芬河市教育局" } },
      });
  });

  it("refuses UTF-16 without a BOM by name, and reads UTF-8 with or without one", () => {
    expect(said(Buffer.from(text, "utf16le"))[0][0]).toBe("PROFILE_UTF16_NO_BOM");
    const utf8 = Buffer.from(text, "utf8");
    expect(readProfileFile(utf8, "city.json")).toMatchObject({ ok: true });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(readProfileFile(bom, "city.json")).toMatchObject({ ok: true });
  });
});

describe("readProfileFile: a full-width character is said with its line, column and half-width", () => {
  const said = (text: string) => {
    const read = readProfileFile(text, "city.json");
    if (read.ok) throw new Error("accepted");
    return read.findings.map((f) => [f.rule, f.message]);
  };

  it("names a full-width colon in a time's place, with the half-width to type", () => {
    expect(said('{\n  "id": "x",\n  "dailyMinimumMinutes"： 30\n}')).toEqual([
      [
        "PROFILE_NOT_JSON_FULL_WIDTH",
        "政策文件「city.json」不是有效的 JSON：第 3 行第 24 列的「：」是全角字符，应改为半角的 :",
      ],
    ]);
  });

  it("finds a full-width character the parser names without a position", () => {
    expect(said('{\n  "id": ：1\n}')[0][1]).toBe(
      "政策文件「city.json」不是有效的 JSON：第 2 行第 9 列的「：」是全角字符，应改为半角的 :"
    );
    expect(said('{"id": "x"，"rates": 1}')[0][1]).toMatch(/第 1 行第 11 列的「，」.*的 ,$/);
    expect(said("{\n“id”: 1}")[0][1]).toMatch(/第 2 行第 1 列的「“」.*的 "$/);
  });

  it("takes full-width characters inside a text, as a title holds them", () => {
    const p = JSON.parse(JSON.stringify(BUILT_IN_PROFILES["suifenhe-2021"]));
    p.provenance.title = "关于课后服务的意见：试行，“暂行”";
    expect(readProfileFile(JSON.stringify(p), "city.json")).toMatchObject({ ok: true });
  });
});

describe("readProfileFile: an empty clause label is refused, never printed as （）", () => {
  it("names an empty or blank clause label, a period's clause and an empty title", () => {
    const p = JSON.parse(
      readFileSync(path.join(root, "test", "fixtures", "example-keshi.json"), "utf8")
    );
    p.provenance.clauses.refund = "";
    p.provenance.title = " ";
    p.service.periods[0].ends.primary.clause = "　";
    const read = readProfileFile(JSON.stringify(p), "city.json");
    expect(read.ok === false && read.findings.map((f) => f.params?.field)).toEqual([
      "provenance.title",
      "provenance.clauses.refund",
      "service.periods[0].ends.primary.clause",
    ]);
    expect(read.ok === false && read.findings[1].message).toBe(
      "政策文件「city.json」的字段 provenance.clauses.refund 不符合要求：条款标注不能为空（公示和通知会印出「（）」）：填写本市文件的条款，如 第三条；没有对应条款的删去此字段"
    );
  });

  it('takes a document without a number (文号 "")', () => {
    const p = JSON.parse(JSON.stringify(BUILT_IN_PROFILES["suifenhe-2021"]));
    expect(p.provenance.number).toBe("");
    expect(readProfileFile(JSON.stringify(p), "city.json")).toMatchObject({ ok: true });
  });
});
