import { StylesAppender } from "../../../src/workbook/package/styles-append";

const styles = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</styleSheet>`;

/** A styles part as a writer other than Excel may write it: single quotes, spaces around =, references. */
const school = styles(
  `<fonts count = '1'><font><b/><sz val='11'/><name val='&#23435;&#20307;'/></font></fonts>` +
    `<fills count='2'><fill><patternFill patternType='none'/></fill><fill><patternFill patternType = 'solid'><fgColor rgb='FF00B0F0'/></patternFill></fill></fills>` +
    `<borders count='1'><border/></borders>` +
    `<cellStyleXfs count='1'><xf numFmtId='0' fontId='0' fillId='1'/></cellStyleXfs>` +
    `<cellXfs count='2'><xf numFmtId='0' fontId='0' fillId='0' borderId='0'/><xf numFmtId = '14' fontId='0' fillId = '1' applyFill='1' borderId='0'/></cellXfs>`
);

describe("styles.xml as any writer wrote it", () => {
  it("copies a cell format with another fill: one fillId, one applyFill, the rest as written", () => {
    const s = new StylesAppender(school);
    const fill = s.solidFill("FFC7CE");
    const marked = s.withFill(1, fill);
    expect(marked).toBe(2);
    const xfs = s.items("cellXfs", "xf");
    expect(xfs[2]).toBe(
      `<xf fillId="${fill}" applyFill="1" numFmtId = '14' fontId='0' borderId='0'/>`
    );
    expect(s.toString()).toContain(`<cellXfs count='3'>`);
    expect(s.toString()).toContain(`<fills count='3'>`);
    // the same format marked again reuses its copy
    expect(s.withFill(1, fill)).toBe(2);
  });

  it("reads a cell's own fill, whatever the quotes", () => {
    const s = new StylesAppender(school);
    expect(s.fillOf(1)).toBe("#00B0F0");
    expect(s.fillOf(0)).toBe("none");
  });

  it("takes cellXfs' formats, never cellStyleXfs', and appends a font after the school's", () => {
    const s = new StylesAppender(school);
    expect(s.items("cellXfs", "xf")).toHaveLength(2);
    const bold = s.sheetFont({ bold: true, size: 14 });
    expect(bold).toBe(1);
    expect(s.items("fonts", "font")[bold]).toMatch(/^<font><b\/><sz val="14"\/>/);
    expect(s.toString()).toContain(`<fonts count = '2'>`);
  });

  it("adds a section the part lacks after the root's start tag", () => {
    const s = new StylesAppender(styles(`<cellXfs count="1"><xf/></cellXfs>`));
    expect(s.numFmt("yyyy-mm-dd")).toBe(164);
    expect(s.toString()).toContain(
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>`
    );
  });
});
