import { finding } from "../../../src/findings/finding";
import { NAME_WITHHELD, namesHeld, withoutNames } from "../../../src/jobs/consolidate/privacy";

const roster = [{ name: "张小明" }, { name: "李\u3000华" }, { name: "欧阳春燕" }];
const names = namesHeld([roster]);
const unreadable = (value: string) =>
  finding("ATTENDANCE_CELL_UNREADABLE", { sheet: "5月考勤", cell: "E4" }, { value });

describe("namesHeld", () => {
  it("holds each name with its spaces folded, and its given name where two or more remain", () => {
    expect(new Set(names)).toEqual(
      new Set(["张小明", "小明", "李华", "欧阳春燕", "阳春燕", "春燕"])
    );
  });

  it("holds no given name of digits (学生10 hides no 10)", () => {
    expect(namesHeld([[{ name: "学生10" }]])).toEqual(["学生10"]);
  });

  it("holds a name typed in full-width letters as typed, as NFKC and in either case, longest first", () => {
    expect(namesHeld([[{ name: "Ｌｉ　Ｍｉｎｇ" }, { name: "王五" }]])).toEqual([
      "ＬｉＭｉｎｇ",
      "LiMing",
      "liming",
      "LIMING",
      "Ｍｉｎｇ",
      "Ming",
      "ming",
      "MING",
      "Ｌｉ",
      "Li",
      "li",
      "LI",
      "王五",
    ]);
  });

  it("holds each part of a name joined by an interpunct or a space, as teachers write one alone", () => {
    const held = namesHeld([
      [
        { name: "伊万·彼得罗夫" },
        { name: "阿依古丽・买买提" },
        { name: "Tom Li" },
        { name: "阿·买" },
      ],
      [
        { name: "古丽米热．阿不都" },
        { name: "阿依古丽.吐尔逊" },
        { name: "ZHANG Wei" },
        { name: "Mary-Jane Wu" },
      ],
    ]);
    for (const part of ["伊万", "彼得罗夫", "阿依古丽", "买买提", "Tom", "tom", "TOM", "Li"])
      expect(held).toContain(part);
    for (const part of ["古丽米热", "吐尔逊", "wei", "Wei", "zhang", "Jane", "jane", "Mary"])
      expect(held).toContain(part);
    expect(held).not.toContain("阿");
    const said = withoutNames(unreadable("伊万早退"), held);
    expect(said.message).toContain(NAME_WITHHELD);
    expect(said.message).not.toContain("伊万");
  });

  it("lists the names longest first, those of one length in the order they were held", () => {
    const met = ["王五", "欧阳春燕", "李四", "张小明", "赵六", "司马相如"];
    expect(namesHeld([met.map((name) => ({ name }))])).toEqual([
      "欧阳春燕",
      "司马相如",
      "阳春燕",
      "张小明",
      "马相如",
      "王五",
      "春燕",
      "李四",
      "小明",
      "赵六",
      "相如",
    ]);
  });

  it("counts a character beyond one code unit (𠮷) as one, in given names and in lengths", () => {
    const held = namesHeld([[{ name: "𠮷田" }, { name: "𠮷小明" }]]);
    expect(held).toEqual(["𠮷小明", "𠮷田", "小明"]);
    const f = withoutNames(unreadable("𠮷田早退"), held);
    expect(f.params?.value).toBe(NAME_WITHHELD);
  });
});

describe("withoutNames", () => {
  it.each([
    ["a name typed with a space", "张 小明早退"],
    ["a given name", "小明早退"],
    ["a name the roster pads with an ideographic space", "李华请假"],
    ["a four-character name's given name", "春燕 16:30 走"],
  ])("does not quote a cell holding %s", (_what, value) => {
    const f = withoutNames(unreadable(value), names);
    expect(f.params?.value).toBe(NAME_WITHHELD);
    expect(f.message).toContain(NAME_WITHHELD);
    for (const n of ["小明", "李华", "春燕", value]) expect(f.message).not.toContain(n);
  });

  it("quotes a cell with no name in it as typed", () => {
    const f = unreadable("迟到（家长未签字）");
    expect(withoutNames(f, names)).toBe(f);
  });

  it("says where a student is instead of their name, however spaced", () => {
    const f = withoutNames(
      finding(
        "ATTENDANCE_STUDENT_UNKNOWN",
        { sheet: "5月考勤", cell: "B9" },
        { student: "张 小明" }
      ),
      names
    );
    expect(f.message).toBe(
      "考勤表中的学生「5月考勤 第 9 行的学生」不在名册中，未计费；请核对学号或姓名"
    );
  });

  it("drops a student id that is a name (a roster without 学号)", () => {
    const f = withoutNames(
      finding(
        "ATTENDANCE_STUDENT_UNKNOWN",
        { sheet: "5月考勤", cell: "B9", studentId: "李\u3000华" },
        {
          student: "李 华",
        }
      ),
      names
    );
    expect(f.studentId).toBeUndefined();
    expect(JSON.stringify(f)).not.toMatch(/李/);
  });
});

describe("withoutNames in plain text", () => {
  it("finds a name after text in which no name starts, and two names side by side", () => {
    const f = withoutNames(
      finding(
        "ATTENDANCE_CELL_UNREADABLE",
        { sheet: "5月考勤", cell: "E4" },
        { value: "17:45 早退 (ok) 张小明欧阳春燕" }
      ),
      names
    );
    expect(f.params?.value).toBe(NAME_WITHHELD);
    const clean = finding(
      "ATTENDANCE_CELL_UNREADABLE",
      { sheet: "5月考勤", cell: "E5" },
      { value: "17:45 早退" }
    );
    expect(withoutNames(clean, names)).toBe(clean);
  });
});
