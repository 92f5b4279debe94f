/** Notes of the strict Office fake (ExcelApi 1.18): https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes */
import { wireBytes } from "./office-fake-errors";
import type { Batch } from "./office-fake-range";
import type { FakeExcel } from "./office-fake";
import type { SheetData } from "./office-fake-sheet";

const keyOf = (sheet: string, a1: string) => `${sheet.toLowerCase()}!${a1.replace(/\$/g, "")}`;

export class FakeNote {
  private loaded = false;
  private readonly madeAt: number;
  constructor(
    private readonly batch: Batch,
    private readonly excel: FakeExcel,
    private readonly key: string,
    private readonly nullObject: boolean
  ) {
    this.madeAt = batch.syncs;
  }
  get isNullObject(): boolean {
    if (this.batch.syncs === this.madeAt) throw new Error("PropertyNotLoaded: isNullObject");
    return this.nullObject;
  }
  load(): this {
    this.batch.onSync(64, () => (this.loaded = true));
    return this;
  }
  get content(): string {
    if (!this.loaded) throw new Error("PropertyNotLoaded: content");
    return this.excel.notes.get(this.key) ?? "";
  }
  delete(): void {
    this.batch.act(20, () => {
      if (this.nullObject || !this.excel.notes.has(this.key))
        return this.batch.fail("ItemNotFound", `note ${this.key}`);
      this.excel.notes.delete(this.key);
    });
  }
}

export class FakeNotes {
  constructor(
    private readonly batch: Batch,
    private readonly excel: FakeExcel,
    private readonly resolve: (ref: string) => { sheet: SheetData; a1: string } | undefined
  ) {}
  /** One note on one cell; a range of several cells is InvalidArgument (NoteCollection.add). */
  add(cell: { sheetName: string; a1: string; isSingleCell: boolean }, content: string): FakeNote {
    const key = keyOf(cell.sheetName, cell.a1);
    this.batch.act(wireBytes(content), () => {
      if (!cell.isSingleCell) return this.batch.fail("InvalidArgument", "a note needs one cell");
      this.excel.notes.set(key, content);
    });
    return new FakeNote(this.batch, this.excel, key, false);
  }
  private find(ref: string): string | undefined {
    const at = this.resolve(ref);
    const key = at && keyOf(at.sheet.name, at.a1);
    return key && this.excel.notes.has(key) ? key : undefined;
  }
  /** A missing note fails with ItemNotFound (NoteCollection.getItem). */
  getItem(ref: string): FakeNote {
    const key = this.find(ref);
    if (!key) this.batch.fail("ItemNotFound", `note ${ref}`);
    return new FakeNote(this.batch, this.excel, key ?? ref, !key);
  }
  getItemOrNullObject(ref: string): FakeNote {
    const key = this.find(ref);
    return new FakeNote(this.batch, this.excel, key ?? ref, !key);
  }
}
