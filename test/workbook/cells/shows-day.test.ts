import { showsDay } from "../../../src/workbook/cells/builtin-formats";

describe("showsDay", () => {
  it.each([
    "mm-dd-yy",
    "d-mmm",
    "mmm-yy",
    "yyyy-mm",
    "mmmm",
    'm/d/yy "h":mm',
    "yyyy/m/d h:mm",
    "m月d日",
    "[$-F800]dddd, mmmm dd, yyyy",
    "[DBNum1]m月d日",
  ])("says %s shows a day", (format) => expect(showsDay(format)).toBe(true));

  it.each([
    "h:mm",
    "h:mm:ss",
    "[h]:mm",
    "[h]:mm:ss",
    "mm:ss",
    "mmss.0",
    "[mm]:ss",
    "[mm]",
    "h:mm AM/PM",
    'h"时"mm"分"',
    "General",
    "0.00",
    "@",
    undefined,
  ])("says %s shows no day", (format) => expect(showsDay(format)).toBe(false));
});
