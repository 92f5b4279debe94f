import { JOBS } from "../../src/jobs/catalogue";
import { formatMessage } from "../../src/findings/messages/format";
import { UI_TEXT } from "../../src/findings/messages/ui";
import { MemoryWorkbook } from "../support/memory-workbook";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

describe("a job refused for an unknown 政策, in the English UI", () => {
  const grids = [
    {
      name: "设置",
      values: [
        ["学校名称", "示例学校"],
        ["月份", "2021-05"],
        ["政策", "taiyuan-2023"],
      ],
    },
    {
      name: "名册",
      values: [
        ["学号", "姓名", "班级", "年级"],
        ["P1", "甲", "一班", "一年级"],
      ],
    },
  ];

  it("says why in English, the typed id and the cell as they are", async () => {
    const wb = new MemoryWorkbook(grids);
    const r = await JOBS.find((j) => j.id === "charge")!.run!(wb);
    expect(r.summary.key).toBe("jobRefused");
    const line = formatMessage(UI_TEXT[r.summary.key], r.summary.params, "en");
    expect(line).toBe(
      `Not run, the workbook is unchanged: The policy "taiyuan-2023" in the settings is not built in (available: suifenhe-2021): nothing was charged or written, as the rules are not known (设置!B3)`
    );
    // The Chinese line is as before.
    expect(formatMessage(UI_TEXT[r.summary.key], r.summary.params)).toMatch(
      /^未运行，工作簿未改动：设置「政策」的值「taiyuan-2023」不是内置政策/
    );
    expect(line.replace("设置!B3", "")).not.toMatch(CJK);
  });
});
