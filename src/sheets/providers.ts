import { normalizeText } from "../policy/text";
import { cellAt, gridWidth, type SheetGrid } from "./grid";
import { cellText } from "./roster";
import { findTableHeader } from "./table-header";

/** The bureau's lists of partner bodies (§四(三)1 黑白名单制度); undefined when a list is not given. */
export interface ProviderLists {
  readonly white?: ReadonlySet<string>;
  readonly black?: ReadonlySet<string>;
}

/** A provider's name as compared: full-width folded, no spaces or brackets. */
export function providerKey(name: string): string {
  return normalizeText(name).replace(/[\s()（）]/g, "");
}

const LIST_HEADERS = {
  name: ["机构名称", "名称", "机构", "单位名称"],
  kind: ["名单", "名单类型", "类型", "类别"],
} as const;

function names(grid: SheetGrid, col: number, from: number): string[] {
  const out: string[] = [];
  for (let r = from; r < grid.values.length; r++) {
    const t = cellText(cellAt(grid, r, col));
    if (t) out.push(providerKey(t));
  }
  return out;
}

/**
 * Reads white and black lists from sheets: a sheet named 白名单 or 黑名单 (names in its first
 * column, under an optional header), or one table with a name and a list-type column.
 */
export function readProviderLists(grids: readonly SheetGrid[]): ProviderLists {
  let white: Set<string> | undefined;
  let black: Set<string> | undefined;
  const add = (kind: "white" | "black", items: string[]) => {
    if (kind === "white") white = new Set([...(white ?? []), ...items]);
    else black = new Set([...(black ?? []), ...items]);
  };
  for (const grid of grids) {
    const byName = /白名单/.test(grid.name)
      ? "white"
      : /黑名单/.test(grid.name)
        ? "black"
        : undefined;
    const header = findTableHeader(grid, LIST_HEADERS, ["name"]);
    if (byName) {
      const col = header?.fields.name ?? 0;
      add(
        byName,
        names(grid, col, header ? header.row + 1 : 0).filter(
          (n) => !/^(机构名称|名称|白名单|黑名单)$/.test(n)
        )
      );
    } else if (header?.fields.kind !== undefined && gridWidth(grid) > 1) {
      for (let r = header.row + 1; r < grid.values.length; r++) {
        const name = cellText(cellAt(grid, r, header.fields.name!));
        const kind = cellText(cellAt(grid, r, header.fields.kind));
        if (name && /白/.test(kind)) add("white", [providerKey(name)]);
        if (name && /黑/.test(kind)) add("black", [providerKey(name)]);
      }
    }
  }
  return { white, black };
}
