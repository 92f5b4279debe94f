import type { ChartSpec } from "../../jobs/chart-plan";
import { NS, XML_HEAD } from "../package/namespaces";
import { xmlEscape } from "../package/xml-text";

const marker = (tag: "from" | "to", col: number, row: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
  `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/**
 * A drawing part (`xl/drawings/drawingN.xml`, ECMA-376 Part 1 §20.5): one two-cell anchor
 * per chart, each a graphic frame pointing at its chart part by relationship id
 * (`chartRelIds[i]` for `charts[i]`). The chart moves and sizes with its cells.
 */
export function drawingPartXml(
  charts: readonly ChartSpec[],
  chartRelIds: readonly string[]
): string {
  const anchors = charts.map((c, i) => {
    const { col, row, cols, rows } = c.at;
    return (
      `<xdr:twoCellAnchor>${marker("from", col, row)}${marker("to", col + cols, row + rows)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(`图表 ${i + 1} ${c.title}`)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${chartRelIds[i]}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
}
