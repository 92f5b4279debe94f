import { readFileSync } from "fs";
import { formatMessage } from "../../../src/findings/messages/format";
import { UI_TEXT, type UiKey } from "../../../src/findings/messages/ui";
import { ribbonXml } from "../../../src/wps/ribbon";

/** manifest.xml's button strings: its English default and its zh-CN override, by resource id. */
function manifestStrings(): Map<string, { en: string; zh: string }> {
  const xml = readFileSync("manifest.xml", "utf8");
  const out = new Map<string, { en: string; zh: string }>();
  for (const m of xml.matchAll(
    /<bt:String id="([\w.]+)" DefaultValue="([^"]*)">\s*<bt:Override Locale="zh-CN" Value="([^"]*)"\/>/g
  ))
    out.set(m[1], { en: m[2], zh: m[3] });
  return out;
}

describe("the doors' words in the one message table", () => {
  it("labels the Excel ribbon's buttons in both languages as the table does", () => {
    const strings = manifestStrings();
    const buttons: Record<string, UiKey> = {
      "Template.Label": "template",
      "Validate.Label": "validate",
      "Charge.Label": "chargeSheet",
      "Breaches.Label": "breaches",
      "Notice.Label": "notice",
      "Notices.Label": "notices",
      "Consolidate.Label": "consolidateJob",
      "OpenPane.Label": "openPane",
      "OpenPane.Tooltip": "openPaneTip",
    };
    for (const [id, key] of Object.entries(buttons))
      expect({ id, ...strings.get(id) }).toEqual({ id, ...UI_TEXT[key] });
  });

  it("gives the WPS ribbon the table's labels for the pane and 诊断", () => {
    const xml = ribbonXml();
    expect(xml).toContain(`label="${UI_TEXT.openPane.zh}"`);
    expect(xml).toContain(`label="${UI_TEXT.diagnose.zh}"`);
  });

  it("words a ribbon job's report in either language", () => {
    const params = { month: "2021-05", students: 2, payable: "195.00", sheets: "收费表" };
    expect(formatMessage(UI_TEXT.ribbonChargeDone, params)).toBe(
      "2021-05 收费表：2 名学生，应缴合计 ¥195.00；已写出 收费表"
    );
    expect(formatMessage(UI_TEXT.ribbonChargeDone, params, "en")).toBe(
      "2021-05 charges: 2 students, payable in all ¥195.00; written 收费表"
    );
  });
});
