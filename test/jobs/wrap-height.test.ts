import { EXCEL_METRICS, LIBREOFFICE_METRICS, wrappedLines } from "../../src/jobs/wrap-height";

const lo = { metrics: LIBREOFFICE_METRICS };

describe("wrappedLines", () => {
  it("fits 37 CJK characters on a line of a width-80 column in Excel, 39 in LibreOffice", () => {
    expect(wrappedLines("课".repeat(37), 80)).toBe(1);
    expect(wrappedLines("课".repeat(38), 80)).toBe(2);
    expect(wrappedLines("课".repeat(39), 80, lo)).toBe(1);
    expect(wrappedLines("课".repeat(40), 80, lo)).toBe(2);
  });

  it("counts Latin letters and digits about half a CJK character", () => {
    // 20 CJK and 30 digits (about 17 em) fit where 50 CJK would not.
    expect(wrappedLines("课".repeat(20) + "1".repeat(30), 80, lo)).toBe(1);
    expect(wrappedLines("课".repeat(50), 80, lo)).toBe(2);
  });

  it("does not count a line for the dashes of a cut line, a hyphen and a space being narrow", () => {
    const cut = `${"- ".repeat(20)}沿此线剪下${" -".repeat(20)}`;
    expect(wrappedLines(cut, 80)).toBe(1);
  });

  it("takes a date to the next line whole rather than splitting it", () => {
    // 36 CJK leave room for a digit or two, not for 2021-04-01.
    expect(wrappedLines(`${"课".repeat(36)}2021-04-01`, 80)).toBe(2);
    expect(wrappedLines(`${"课".repeat(30)}2021-04-01`, 80)).toBe(1);
  });

  it("takes the character before a closing punctuation mark down with it", () => {
    // 37 characters fill the line; the 。 cannot start the next, so the 37th goes with it.
    expect(wrappedLines(`${"课".repeat(37)}。`, 80)).toBe(2);
    expect(wrappedLines(`${"课".repeat(36)}。`, 80)).toBe(1);
  });

  it("starts a line at each of the text's own line breaks", () => {
    expect(wrappedLines("课后\n服务\n收费", 80)).toBe(3);
  });

  it("sizes a larger font by its larger em", () => {
    expect(wrappedLines("课".repeat(30), 80, { points: 16, metrics: EXCEL_METRICS })).toBe(2);
    expect(wrappedLines("课".repeat(30), 80)).toBe(1);
  });

  it("gives an empty text one line", () => {
    expect(wrappedLines("", 80)).toBe(1);
  });
});
