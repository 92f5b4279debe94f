import { UI_TEXT } from "../findings/messages/ui";
import { JOBS } from "../jobs/catalogue";
import { xmlEscape } from "../workbook/package/xml-text";

/** The buttons beyond the jobs: the pane, and the 诊断 that reports what this WPS gives. */
const EXTRA_BUTTONS = [
  { id: "kehou.pane", label: UI_TEXT.openPane.zh, tip: UI_TEXT.openPaneTip.zh },
  { id: "kehou.diagnose", label: UI_TEXT.diagnose.zh, tip: UI_TEXT.diagnoseTip.zh },
] as const;

/**
 * ribbon.xml of the WPS add-in (Office CustomUI 2006): a tab 课后服务 with the Excel ribbon's
 * buttons, one per job of the catalogue, the pane and 诊断. It begins with the bytes
 * `<customUI` (no declaration, no BOM): WPS's publish page checks `startsWith`.
 */
export function ribbonXml(): string {
  const button = (id: string, label: string, tip: string) =>
    `          <button id="${id}" label="${xmlEscape(label)}" screentip="${xmlEscape(label)}" supertip="${xmlEscape(tip)}" size="large" onAction="OnAction" getImage="GetImage" getEnabled="GetEnabled"/>`;
  return [
    `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">`,
    `  <ribbon startFromScratch="false">`,
    `    <tabs>`,
    `      <tab id="kehou.tab" label="课后服务">`,
    `        <group id="kehou.school" label="学校">`,
    ...JOBS.map((j) => button(`kehou.${j.id}`, j.label["zh-CN"], j.summary)),
    ...EXTRA_BUTTONS.map((b) => button(b.id, b.label, b.tip)),
    `        </group>`,
    `      </tab>`,
    `    </tabs>`,
    `  </ribbon>`,
    `</customUI>`,
    ``,
  ].join("\n");
}
