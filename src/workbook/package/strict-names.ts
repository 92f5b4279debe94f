/**
 * Strict OOXML (ISO/IEC 29500-1 Strict, which Excel writes for "Strict Open XML Spreadsheet")
 * names its namespaces and relationship types under http://purl.oclc.org/ooxml/…; each is the
 * twin of a transitional one under http://schemas.openxmlformats.org/… (the schemas of
 * ECMA-376 Part 1 / ISO/IEC 29500-1 Annex A, Strict, against those of Part 4, Transitional).
 * The markup under them is the same, so Kehou reads a Strict package through the twins.
 * The package's own namespaces (relationships, content types, core properties: Part 2) are
 * the same in both and are not listed.
 */
const STRICT = "http://purl.oclc.org/ooxml/";
const TRANSITIONAL = "http://schemas.openxmlformats.org/";

/** Strict namespace (after STRICT) → transitional namespace (after TRANSITIONAL). */
const NAMESPACES: Readonly<Record<string, string>> = {
  "spreadsheetml/main": "spreadsheetml/2006/main",
  "officeDocument/relationships": "officeDocument/2006/relationships",
  "officeDocument/sharedTypes": "officeDocument/2006/sharedTypes",
  "officeDocument/extendedProperties": "officeDocument/2006/extended-properties",
  "officeDocument/customProperties": "officeDocument/2006/custom-properties",
  "officeDocument/docPropsVTypes": "officeDocument/2006/docPropsVTypes",
  "officeDocument/math": "officeDocument/2006/math",
  "officeDocument/bibliography": "officeDocument/2006/bibliography",
  "officeDocument/customXml": "officeDocument/2006/customXml",
  "drawingml/main": "drawingml/2006/main",
  "drawingml/chart": "drawingml/2006/chart",
  "drawingml/chartDrawing": "drawingml/2006/chartDrawing",
  "drawingml/spreadsheetDrawing": "drawingml/2006/spreadsheetDrawing",
  "drawingml/picture": "drawingml/2006/picture",
  "drawingml/diagram": "drawingml/2006/diagram",
  "drawingml/lockedCanvas": "drawingml/2006/lockedCanvas",
  "drawingml/compatibility": "drawingml/2006/compatibility",
  "drawingml/wordprocessingDrawing": "drawingml/2006/wordprocessingDrawing",
  "wordprocessingml/main": "wordprocessingml/2006/main",
  "presentationml/main": "presentationml/2006/main",
};

/**
 * Relationship types whose last segment differs between the two (the rest keep it:
 * …/relationships/worksheet ↔ …/2006/relationships/worksheet).
 */
const RELATIONSHIP_TYPES: Readonly<Record<string, string>> = {
  extendedProperties: "extended-properties",
  customProperties: "custom-properties",
};

const STRICT_RELATIONSHIPS = `${STRICT}officeDocument/relationships/`;
const TRANSITIONAL_RELATIONSHIPS = `${TRANSITIONAL}officeDocument/2006/relationships/`;

/** The transitional twin of a Strict namespace; any other namespace as it is. */
export function transitionalNamespace(uri: string): string {
  if (!uri.startsWith(STRICT)) return uri;
  const twin = NAMESPACES[uri.slice(STRICT.length)];
  return twin === undefined ? uri : TRANSITIONAL + twin;
}

/** The transitional twin of a Strict relationship type; any other type as it is. */
export function transitionalRelType(type: string): string {
  if (!type.startsWith(STRICT_RELATIONSHIPS)) return type;
  const kind = type.slice(STRICT_RELATIONSHIPS.length);
  return TRANSITIONAL_RELATIONSHIPS + (RELATIONSHIP_TYPES[kind] ?? kind);
}

/** Whether a namespace or relationship type is one of Strict's. */
export function isStrictName(uri: string): boolean {
  return uri.startsWith(STRICT);
}
