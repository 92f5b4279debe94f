import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { freeTableId, freeTableName } from "../../../src/workbook/package/table-names";
import { miniPackage, worksheet } from "../../support/mini-package";

const TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** A workbook whose table part is written in single quotes, with a > in a value and references. */
function withTable(root: string): OpcPackage {
  const pkg = OpcPackage.read(
    miniPackage(worksheet("<sheetData/>"), {
      "xl/tables/table1.xml": `<?xml version="1.0"?>\n<!-- <table id="2" name="x"> -->${root}<tableColumns count="1"><tableColumn id="1" name="A"/></tableColumns></table>`,
    })
  );
  const types = pkg.text("[Content_Types].xml")!;
  pkg.set(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override ContentType = '${TABLE}' PartName='/xl/tables/table1.xml'/></Types>`
    )
  );
  return pkg;
}

describe("table ids and names kept clear of the workbook's", () => {
  const pkg = withTable(
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" comment='a>b' id = '1' name='&#x4B;ehou收费表_2023_05' displayName='Kehou收费表_2023_05' ref='A1:A2'>`
  );

  it("reads the id after a > in an attribute value, not the one in a comment", () => {
    expect(freeTableId(pkg)).toBe(2);
  });

  it("reads names given by character references, and defined names in any quotes", () => {
    expect(freeTableName(pkg, "kehou收费表_2023_05")).toBe("kehou收费表_2023_05_2");
    // the mini package's workbook defines KehouClash
    expect(freeTableName(pkg, "KEHOUCLASH")).toBe("KEHOUCLASH_2");
  });
});
