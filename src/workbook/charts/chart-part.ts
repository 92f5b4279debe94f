import { CHART_PALETTE, type ChartSeries, type ChartSpec } from "../../jobs/chart-plan";
import { NS, XML_HEAD } from "../package/namespaces";
import { xmlEscape } from "../package/xml-text";

/** Excel's number format for a ¥ axis, whole yuan with thousands separators. */
export const MONEY_AXIS_FORMAT = '"¥"#,##0';

const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

/** Rich text at a size in points (a title), East Asian text marked zh-CN. */
function richText(text: string, size: number, bold: boolean): string {
  const props = `lang="zh-CN" altLang="en-US" sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}"`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${props}/></a:pPr>` +
    `<a:r><a:rPr ${props}/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const title = (text: string, size: number) =>
  `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;

/** Tick labels at a size in points. */
const labels = (size: number) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(size * 100)}"/></a:pPr>` +
  `<a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

/** The cached points; a null has none, which the chart draws as a gap (dispBlanksAs). */
function points(values: readonly (string | number | null)[]): string {
  return values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`))
    .join("");
}

/** Category labels: bound to cells with a cache, or literal. */
function categoryData(spec: ChartSpec): string {
  const { ref, values } = spec.categories;
  const body = `<c:ptCount val="${values.length}"/>${points(values)}`;
  return ref
    ? `<c:cat><c:strRef><c:f>${xmlEscape(ref)}</c:f><c:strCache>${body}</c:strCache></c:strRef></c:cat>`
    : `<c:cat><c:strLit>${body}</c:strLit></c:cat>`;
}

/** Figures: bound to cells with a cache, or literal. */
function valueData(series: ChartSeries, format: string): string {
  const body =
    `<c:formatCode>${xmlEscape(format)}</c:formatCode>` +
    `<c:ptCount val="${series.values.length}"/>${points(series.values)}`;
  return series.ref
    ? `<c:val><c:numRef><c:f>${xmlEscape(series.ref)}</c:f><c:numCache>${body}</c:numCache></c:numRef></c:val>`
    : `<c:val><c:numLit>${body}</c:numLit></c:val>`;
}

function seriesXml(spec: ChartSpec, s: ChartSeries, i: number): string {
  const color = s.color ?? CHART_PALETTE[i % CHART_PALETTE.length];
  const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  const line = spec.kind === "line";
  const shape = line
    ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill}</c:spPr></c:marker>`
    : `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
    shape +
    categoryData(spec) +
    valueData(s, spec.money ? "#,##0.00" : "General") +
    (line ? `<c:smooth val="0"/>` : "") +
    `</c:ser>`
  );
}

function plot(spec: ChartSpec): string {
  const series = spec.series.map((s, i) => seriesXml(spec, s, i)).join("");
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  if (spec.kind === "line")
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  const stacked = spec.kind === "stacked";
  return (
    `<c:barChart><c:barDir val="${spec.horizontal ? "bar" : "col"}"/>` +
    `<c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="${stacked ? 40 : 60}"/>${stacked ? '<c:overlap val="100"/>' : ""}${axes}</c:barChart>`
  );
}

/** Category labels shrink as categories grow: 50 schools fit down an A4 landscape page. */
export function categoryLabelSize(count: number): number {
  return count > 40 ? 6.5 : count > 25 ? 8 : 10;
}

function axes(spec: ChartSpec): string {
  // Horizontal bars read top-down in the categories' order (largest first), with the value
  // axis kept at the bottom.
  const across = spec.horizontal && spec.kind !== "line";
  const cat =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${across ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${across ? "l" : "b"}"/>${title(spec.categoryTitle, 10)}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${labels(categoryLabelSize(spec.categories.values.length))}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/>${across ? '<c:tickLblSkip val="1"/>' : ""}<c:noMultiLvlLbl val="0"/></c:catAx>`;
  const format = spec.money ? MONEY_AXIS_FORMAT : "#,##0";
  const val =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${across ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `${title(spec.valueTitle, 10)}<c:numFmt formatCode="${xmlEscape(format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${labels(9)}` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${across ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

/**
 * A chart part (`xl/charts/chartN.xml`, ECMA-376 Part 1 §21.2): title, the plot bound to
 * sheet ranges with cached values (shown without recalculation), Chinese axis titles, a ¥
 * value axis for money, and a legend when there is more than one series.
 */
export function chartPartXml(spec: ChartSpec): string {
  const legend =
    spec.series.length > 1
      ? `<c:legend><c:legendPos val="t"/><c:overlay val="0"/>${labels(10)}</c:legend>`
      : "";
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(spec.title, 14)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot(spec)}${axes(spec)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>` +
    `<c:pageSetup orientation="landscape"/></c:printSettings></c:chartSpace>`
  );
}
