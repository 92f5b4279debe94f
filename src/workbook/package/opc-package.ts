import { formatMessage } from "../../findings/messages/format";
import { PACKAGE_TEXT } from "../../findings/messages/package";
import type { PartDeflater } from "./deflate-part";
import type { PartInflater } from "./inflate-part";
import { partText, utf8Declared } from "./part-text";
import { deflatedEntry, writeZip } from "./zip-write";
import { partNameKey } from "./part-name-key";
import { readZipEntries, RefusedZip, type ZipEntry } from "./zip-read";

const encoder = new TextEncoder();

/**
 * An OPC package (an .xlsx/.xlsm) as its parts, opened once under the zip guard's limits: the
 * cell reader reads these parts and the writer edits them. A part nobody sets is written back
 * as the very compressed bytes it was read as, so what Kehou does not understand (charts,
 * macros, pivot tables, anything newer) cannot change. Part names compare as OPC says, ASCII
 * case-insensitively (ECMA-376 Part 2, §9.1.1.1): a relationship to `xl/Worksheets/Sheet1.xml`
 * finds `xl/worksheets/sheet1.xml`.
 */
export class OpcPackage {
  private readonly order: string[] = [];
  private readonly stored = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, Uint8Array>();
  /** Each part's name as stored, by its name in lower case. */
  private readonly byKey = new Map<string, string>();

  private constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) {
      // ECMA-376 Part 2 §9.1.1.1: no two part names equal ignoring ASCII case (nor two
      // entries of one name); Excel, LibreOffice and Kehou would each read another one.
      const same = this.byKey.get(partNameKey(e.name));
      if (same === e.name)
        throw new RefusedZip(formatMessage(PACKAGE_TEXT.sameEntryTwice, { part: e.name }));
      if (same !== undefined)
        throw new RefusedZip(
          formatMessage(PACKAGE_TEXT.duplicatePart, { first: same, second: e.name })
        );
      this.order.push(e.name);
      this.stored.set(e.name, e);
      this.byKey.set(partNameKey(e.name), e.name);
    }
  }

  /**
   * Opens zip bytes (throws RefusedZip, in Chinese, for what the zip guard refuses and for two
   * parts of one name), its parts inflated by `inflate` (fflate's unless given).
   */
  static read(bytes: Uint8Array, inflate?: PartInflater): OpcPackage {
    return new OpcPackage(readZipEntries(bytes, inflate));
  }

  /** Another package over the same parts, edited apart from this one. */
  copy(): OpcPackage {
    const pkg = new OpcPackage([]);
    pkg.order.push(...this.order);
    for (const [k, v] of this.stored) pkg.stored.set(k, v);
    for (const [k, v] of this.changed) pkg.changed.set(k, v);
    for (const [k, v] of this.byKey) pkg.byKey.set(k, v);
    return pkg;
  }

  /** The name a part is stored under, for a name as a relationship gives it. */
  storedName(name: string): string | undefined {
    return this.byKey.get(partNameKey(name));
  }

  /** Part names, in the archive's order, new parts last. */
  names(): string[] {
    return [...this.order];
  }

  has(name: string): boolean {
    return this.storedName(name) !== undefined;
  }

  bytes(name: string): Uint8Array | undefined {
    const key = this.storedName(name);
    if (key === undefined) return undefined;
    return this.changed.get(key) ?? this.stored.get(key)!.data;
  }

  /** A part's XML text, decoded by its byte order mark or declared encoding (see partText). */
  text(name: string): string | undefined {
    const b = this.bytes(name);
    return b && partText(b, name);
  }

  set(name: string, data: string | Uint8Array): void {
    const key = this.storedName(name) ?? name;
    if (!this.has(key)) {
      this.order.push(key);
      this.byKey.set(partNameKey(key), key);
    }
    this.changed.set(key, typeof data === "string" ? encoder.encode(utf8Declared(data)) : data);
  }

  remove(name: string): void {
    const key = this.storedName(name);
    if (key === undefined) return;
    this.stored.delete(key);
    this.changed.delete(key);
    this.byKey.delete(partNameKey(key));
    const i = this.order.indexOf(key);
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
