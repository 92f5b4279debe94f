import type { PartDeflater } from "./deflate-part";
import { deflatedEntry, writeZip } from "./zip-write";
import { entryData, readZipEntries, type ZipEntry } from "./zip-read";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * An OPC package (an .xlsx/.xlsm) as its parts. A part nobody sets is written back as the
 * very compressed bytes it was read as, so what Kehou does not understand (charts, macros,
 * pivot tables, anything newer) cannot change. Parts are inflated only when read.
 */
export class OpcPackage {
  private readonly order: string[] = [];
  private readonly stored = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, Uint8Array>();

  private constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) {
      this.order.push(e.name);
      this.stored.set(e.name, e);
    }
  }

  static read(bytes: Uint8Array): OpcPackage {
    return new OpcPackage(readZipEntries(bytes));
  }

  /** Part names, in the archive's order, new parts last. */
  names(): string[] {
    return [...this.order];
  }

  has(name: string): boolean {
    return this.changed.has(name) || this.stored.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    const now = this.changed.get(name);
    if (now) return now;
    const e = this.stored.get(name);
    return e && entryData(e);
  }

  text(name: string): string | undefined {
    const b = this.bytes(name);
    return b && decoder.decode(b);
  }

  set(name: string, data: string | Uint8Array): void {
    if (!this.has(name)) this.order.push(name);
    this.changed.set(name, typeof data === "string" ? encoder.encode(data) : data);
  }

  remove(name: string): void {
    this.stored.delete(name);
    this.changed.delete(name);
    const i = this.order.indexOf(name);
    if (i >= 0) this.order.splice(i, 1);
  }

  /** A part name not yet used: `xl/worksheets/sheet{n}.xml` with the first free n ≥ 1. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  /** The package as zip bytes: parts set are deflated by `deflate`, the rest copied as stored. */
  toBytes(deflate?: PartDeflater): Uint8Array {
    return writeZip(
      this.order.map((name) => {
        const data = this.changed.get(name);
        return data ? deflatedEntry(name, data, deflate) : this.stored.get(name)!;
      })
    );
  }
}
