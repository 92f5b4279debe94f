import { analyseSchool } from "../../../../src/jobs/breaches/analyse";
import type { SheetGrid } from "../../../../src/sheets/grid";

/** Students with missing steps, late agreements and withdrawals, served on three days of May. */
const grids: SheetGrid[] = [
  {
    name: "设置",
    values: [
      ["学校名称", "报名学校"],
      ["收费方式", "据实收取"],
      ["月份", "2023-05"],
      ["收费公示日期", "2023-04-01"],
    ],
  },
  {
    name: "名册",
    values: [
      ["学号", "姓名", "年级", "申请日期", "审核日期", "公示日期", "协议签订日期", "退出日期"],
      ["E1", "甲", "三年级", "2023-04-01", "2023-04-02", "2023-04-03", "2023-04-04", null],
      ["E2", "乙", "三年级", "2023-04-01", null, null, "2023-05-11", null],
      ["E3", "丙", "三年级", null, "2023-04-02", null, "2023-04-04", "2023-05-10"],
      ["E4", "丁", "三年级", "2023-04-01", "2023-04-02", "2023-04-03", null, null],
      ["E5", "戊", "三年级", null, null, null, null, null],
    ],
  },
  {
    name: "考勤",
    values: [
      ["学号", "姓名", "5/10", "5/11", "5/12"],
      ["E1", "甲", "√", "√", "√"],
      ["E2", "乙", "√", "√", "√"],
      ["E3", "丙", "√", "√", "√"],
      ["E4", "丁", "√", null, "√"],
      ["E5", "戊", null, null, null],
    ],
  },
];

describe("enrollment breaches of a mixed roster", () => {
  it("says each missing step and each day served before the agreement or after a withdrawal, in order", () => {
    const said = analyseSchool(grids)
      .breaches.filter((f) => f.rule.startsWith("ENROLL_"))
      .map(
        (f) =>
          `${f.rule} ${f.severity} ${f.sheet}!${f.cell} ${f.studentId ?? "-"} ${f.message} ${JSON.stringify(f.params)}`
      );
    expect(said).toEqual([
      'ENROLL_SERVED_WITHOUT_STEP error 名册!F3 E2 E2 乙 有服务记录，但名册中没有公示日期：须经家长书面申请、学校批准并公示、签订协议后方可参加 {"student":"E2 乙","steps":"公示日期"}',
      'ENROLL_SERVED_WITHOUT_STEP error 名册!D4 E3 E3 丙 有服务记录，但名册中没有申请日期、公示日期：须经家长书面申请、学校批准并公示、签订协议后方可参加 {"student":"E3 丙","steps":"申请日期、公示日期"}',
      'ENROLL_SERVED_WITHOUT_STEP error 名册!G5 E4 E4 丁 有服务记录，但名册中没有协议签订日期：须经家长书面申请、学校批准并公示、签订协议后方可参加 {"student":"E4 丁","steps":"协议签订日期"}',
      'ENROLL_SERVED_BEFORE_AGREEMENT error 考勤!C3 E2 2023-05-10 早于协议签订日期 2023-05-11，却有服务记录 {"date":"2023-05-10","agreement":"2023-05-11"}',
      'ENROLL_SERVED_AFTER_WITHDRAWAL error 考勤!D4 E3 2023-05-11 晚于退出日期 2023-05-10，却有服务记录 {"date":"2023-05-11","withdrawal":"2023-05-10"}',
      'ENROLL_SERVED_AFTER_WITHDRAWAL error 考勤!E4 E3 2023-05-12 晚于退出日期 2023-05-10，却有服务记录 {"date":"2023-05-12","withdrawal":"2023-05-10"}',
    ]);
  });
});

describe("enrollment breaches at the month's edges", () => {
  /** One student served on 5/10, 5/11 and 5/12 (columns out of date order), with these dates. */
  const school = (agreement: string, withdrawal: string | null): SheetGrid[] => [
    grids[0],
    {
      name: "名册",
      values: [
        ["学号", "姓名", "年级", "协议签订日期", "退出日期"],
        ["E1", "甲", "三年级", agreement, withdrawal],
      ],
    },
    {
      name: "考勤",
      values: [
        ["学号", "姓名", "5/11", "5/12", "5/10"],
        ["E1", "甲", "√", "√", "√"],
      ],
    },
  ];
  const cells = (g: SheetGrid[]) =>
    analyseSchool(g)
      .breaches.filter((f) => f.rule.startsWith("ENROLL_SERVED_"))
      .map((f) => `${f.rule} ${f.cell}`);

  it("says nothing of an agreement on the first day or a withdrawal on the last", () => {
    expect(cells(school("2023-05-10", "2023-05-12"))).toEqual([]);
  });

  it("says the first day before an agreement a day later and the last after a withdrawal a day earlier", () => {
    expect(cells(school("2023-05-11", "2023-05-11"))).toEqual([
      "ENROLL_SERVED_AFTER_WITHDRAWAL D2",
      "ENROLL_SERVED_BEFORE_AGREEMENT E2",
    ]);
  });
});
