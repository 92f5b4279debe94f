import type { FillColor, PatternFill } from "../mark-record";
import { REL } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import { readRelationships, relatedPart } from "./relationships";
import { workbookPart } from "./workbook-index";
import { attr, splitElement } from "./xml-text";

/**
 * The workbook theme's colours as `#RRGGBB`, by SpreadsheetML's theme index: the scheme lists
 * dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink (DrawingML, ECMA-376 Part 1 §20.1.6.2), and
 * SpreadsheetML numbers lt1 0, dk1 1, lt2 2, dk2 3, then in order. Empty without a theme.
 */
export function themeColors(pkg: OpcPackage): string[] {
  const wb = workbookPart(pkg);
  const part = relatedPart(readRelationships(pkg, wb), REL.theme);
  const xml = part && pkg.text(part);
  const found = xml ? splitElement(xml, "themeElements") : undefined;
  const scheme = found && splitElement(xml!.slice(found.start, found.end), "clrScheme");
  if (!scheme) return [];
  const colors = scheme.children.map((c) => {
    // <a:srgbClr val="44546A"/>, or <a:sysClr val="windowText" lastClr="000000"/>
    const inner = splitElement(c.text)?.children[0]?.text ?? "<x/>";
    const hex = attr(inner, "lastClr") ?? attr(inner, "val") ?? "";
    return /^[0-9A-Fa-f]{6}$/.test(hex) ? `#${hex.toUpperCase()}` : "";
  });
  const [dk1, lt1, dk2, lt2, ...rest] = colors;
  return [lt1, dk1, lt2, dk2, ...rest];
}

/** A recorded pattern with each theme colour's RGB added (for a host that takes only RGB). */
export function withThemeRgb(p: PatternFill, theme: readonly string[]): PatternFill {
  const color = (c?: FillColor): FillColor | undefined => {
    const rgb = c?.theme !== undefined ? theme[c.theme] : undefined;
    return c && !c.rgb && rgb ? { ...c, rgb: rgb as `#${string}` } : c;
  };
  const fg = color(p.fg);
  const bg = color(p.bg);
  return { type: p.type, ...(fg ? { fg } : {}), ...(bg ? { bg } : {}) };
}
