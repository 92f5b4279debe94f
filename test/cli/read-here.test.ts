import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { zipSync } from "fflate";
import { readHere } from "../../src/cli/read-here";
import { readTask } from "../../src/cli/read-task";
import { declaring } from "../support/city-fixtures";
import { generateSchool, gridsToXlsx } from "../support/generate-school";

describe("which files the command reads on its own thread", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-read-here-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array) => {
    const at = path.join(dir, name);
    writeFileSync(at, bytes);
    return at;
  };

  it("reads a school's workbook here, its figures as a reader thread gives them", async () => {
    const school = file("school.xlsx", await gridsToXlsx(generateSchool(30, 3, "第三小学")));
    const gathered = await readHere({ index: 0, file: school });
    expect(gathered && "figures" in gathered && gathered.figures.students).toBe(30);
  });

  it("reads a task from the bytes already read, not from the file again", async () => {
    const bytes = Buffer.from(await gridsToXlsx(generateSchool(30, 3, "第三小学")));
    // No file at this path: only the bytes given can be what is read.
    const { gathered } = await readTask(
      { index: 0, file: path.join(dir, "elsewhere.xlsx") },
      bytes
    );
    expect("figures" in gathered && gathered.figures.students).toBe(30);
  });

  it("leaves a workbook declaring more than the bound to a reader thread", async () => {
    const bytes = await gridsToXlsx(generateSchool(30, 3));
    const school = file("small.xlsx", bytes);
    expect(await readHere({ index: 0, file: school }, bytes.length * 100)).toBeDefined();
    expect(await readHere({ index: 0, file: school }, 1000)).toBeUndefined();
    const claim = 64 * 1024 * 1024;
    const zip = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(10) });
    const crafted = file("crafted.xlsx", declaring(zip, "xl/worksheets/sheet1.xml", claim));
    expect(await readHere({ index: 0, file: crafted })).toBeUndefined();
  });

  it("leaves a file that is not a zip (.xls, .et for SheetJS) to a reader thread", async () => {
    const xls = file("old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(await readHere({ index: 0, file: xls })).toBeUndefined();
  });

  it("reads a file that is not there here, as the error entry a thread would give", async () => {
    const gathered = await readHere({ index: 0, file: path.join(dir, "gone.xlsx") });
    expect(gathered && "error" in gathered && gathered.error).toMatch(/gone\.xlsx/);
  });
});
