/**
 * A shared formula (ECMA-376 Part 1 §18.3.1.40, `<f t="shared" ref si>`): its text is written
 * once, in its master cell, and every other cell of the group uses it moved by its offset, as
 * Excel fills a formula down. Typing over the master (the settings form) must hand the text
 * to the next cell of the group, moved to it, or the others lose their formula: what Excel
 * does when a user types there.
 */
import { a1, columnLetters, rowCol } from "../../sheets/a1";

/** Strings ("…") and quoted sheet names ('…'), which hold no reference to move. */
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

/** A cell reference in a formula: not part of a name or a number, not a function's name. */
const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** What this module does not move: whole columns or rows (A:A, 1:1), table references. */
const UNMOVED =
  /(^|[^A-Za-z0-9_.$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![A-Za-z0-9_])|(^|[^A-Za-z0-9_.$])\$?\d+:\$?\d+|\[/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A formula's text moved by `rows` and `cols`, its relative references with it and its `$`
 * ones where they are; undefined where it holds what this does not move, or a reference would
 * leave the sheet.
 * @example movedFormula("数据!A1+$B$2", 1, 0) //=> "数据!A2+$B$2"
 */
export function movedFormula(text: string, rows: number, cols: number): string | undefined {
  const parts = text.split(QUOTED);
  let off = false;
  const moved = parts.map((part, i) => {
    if (i % 2 === 1 || off) return part;
    if (UNMOVED.test(part)) return ((off = true), part);
    return part.replace(
      REF,
      (all, before: string, $c: string, col: string, $r: string, row: string) => {
        const c = $c ? columnIndex(col) : columnIndex(col) + cols;
        const r = $r ? Number(row) - 1 : Number(row) - 1 + rows;
        if (c < 0 || r < 0 || c > 16383 || r > 1048575) return ((off = true), all);
        return `${before}${$c}${columnLetters(c)}${$r}${r + 1}`;
      }
    );
  });
  return off ? undefined : moved.join("");
}

/** The group a master cell's `<f>` starts: its id, range and text. */
export interface SharedGroup {
  readonly si: string;
  readonly ref: string;
  readonly text: string;
}

/**
 * The range a group keeps once its master at `master` is typed over and `next` takes it: the
 * rest of a group of one column or one row; undefined for a block of several of each.
 */
export function restOfGroup(ref: string, master: string, next: string): string | undefined {
  const [from, to = from] = ref.split(":");
  const [top, bottom, m, n] = [rowCol(from), rowCol(to), rowCol(master), rowCol(next)];
  if (!top || !bottom || !m || !n) return undefined;
  const oneColumn = top[1] === bottom[1];
  const oneRow = top[0] === bottom[0];
  if (!oneColumn && !oneRow) return undefined;
  return `${a1(n[0], n[1])}:${a1(bottom[0], bottom[1])}`;
}
