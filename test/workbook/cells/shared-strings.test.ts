import { readSharedStrings } from "../../../src/workbook/cells/shared-strings";

const table = (items: readonly string[]) =>
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  items.join("") +
  "</sst>";

/** Items of every shape the one-step read takes or hands back to the scanner. */
const ITEMS = [
  "<si><t>学号</t></si>",
  '<si><t xml:space="preserve"> 张 三 </t></si>',
  "<si><t></t></si>",
  "<si><t/></si>",
  "<si/>",
  "<si><t>a&amp;b</t></si>",
  "<si><t>行_x000D_内</t></si>",
  "<si><t>一\r\n二</t></si>",
  "<si><t><![CDATA[<b>]]></t></si>",
  "<si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r></si>",
  '<si><t>ギョウ</t><rPh sb="0" eb="1"><t>ぎょう</t></rPh></si>',
  "<si><t>x</t><!-- 注 --></si>",
  "<si><t>1</t>\n</si>",
  "<si><t xml:space='preserve'>单引号</t></si>",
];

describe("the shared string table", () => {
  it("reads each item written tight the same as written loosely (by the scanner)", () => {
    const loosely = (item: string) =>
      item.replace(/<\/si>$/, "\n</si>").replace(/<si\/>$/, "<si>\n</si>");
    for (const item of ITEMS) {
      expect(loosely(item)).not.toBe(item);
      expect(readSharedStrings(table([item, "<si><t>后</t></si>"]))).toEqual(
        readSharedStrings(table([loosely(item), "<si><t>后</t></si>"]))
      );
    }
  });

  it("reads plain, preserved, rich and phonetic items as Excel gives their cells", () => {
    expect(readSharedStrings(table(ITEMS))).toEqual([
      "学号",
      " 张 三 ",
      "",
      "",
      null,
      "a&b",
      "行\r内",
      "一\n二",
      "<b>",
      "张三",
      "ギョウ",
      "x",
      "1",
      "单引号",
    ]);
  });
});
