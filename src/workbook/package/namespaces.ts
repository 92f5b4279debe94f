/** The XML declaration every part Kehou writes starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Namespaces of the parts Kehou writes and reads (ECMA-376 Part 1 and Part 2). */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  /** A rels part's root (Part 2 §9.3). */
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  /** `[Content_Types].xml`'s root (Part 2 §10.1.2). */
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

/** Relationship and content types of the parts Kehou writes (and those it reads or edits). */
export const REL = {
  officeDocument: `${NS.r}/officeDocument`,
  worksheet: `${NS.r}/worksheet`,
  styles: `${NS.r}/styles`,
  table: `${NS.r}/table`,
  comments: `${NS.r}/comments`,
  vmlDrawing: `${NS.r}/vmlDrawing`,
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  sharedStrings: `${NS.r}/sharedStrings`,
  theme: `${NS.r}/theme`,
  calcChain: `${NS.r}/calcChain`,
  extendedProperties: `${NS.r}/extended-properties`,
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
} as const;
