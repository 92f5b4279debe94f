import path from "path";
import { gatherOnThreads, readerThreads, type ReadTask } from "../../src/cli/parallel-gather";

const worker = path.join(__dirname, "..", "fixtures", "hungry-reader.js");

describe("reader threads under a heap limit", () => {
  it("makes a file that passes the limit an entry in errors, and reads the rest", async () => {
    const files = ["a", "hog", "b", "c", "hog", "d"].map((file) => ({ file }));
    const done: string[] = [];
    const gathered = await gatherOnThreads(files, (_n, file) => done.push(file), {
      worker,
      heapMb: 48,
      threads: 2,
    });
    expect(gathered!.map((g) => [g.file, "error" in g ? g.error : ""])).toEqual([
      ["a", "read"],
      ["hog", expect.stringMatching(/超出内存上限（48 MB）/)],
      ["b", "read"],
      ["c", "read"],
      ["hog", expect.stringMatching(/超出内存上限（48 MB）/)],
      ["d", "read"],
    ]);
    expect(done.sort()).toEqual(["a", "b", "c", "d", "hog", "hog"]);
  }, 60_000);
});

describe("reading on this thread alongside reader threads", () => {
  // This thread takes every file but those named big…, which it leaves to a reader thread.
  const here = async (task: ReadTask) =>
    path.basename(task.file).startsWith("big") ? undefined : { file: task.file, error: "here" };

  it("starts no reader thread where this one reads every file", async () => {
    const files = ["a", "b", "c"].map((file) => ({ file }));
    const gathered = await gatherOnThreads(files, () => undefined, {
      worker: path.join(__dirname, "no-such-reader.js"),
      threads: 0,
      here,
    });
    expect(gathered!.map((g) => [g.file, "error" in g ? g.error : ""])).toEqual([
      ["a", "here"],
      ["b", "here"],
      ["c", "here"],
    ]);
  });

  it("starts a thread for the files it leaves, and reads again those a dead thread was sent", async () => {
    const files = ["a", "big-hog", "big-b", "c", "big-hog", "big-d"].map((file) => ({ file }));
    const done: string[] = [];
    const gathered = await gatherOnThreads(files, (_n, file) => done.push(file), {
      worker,
      heapMb: 48,
      threads: 0,
      here,
    });
    expect(gathered!.map((g) => [g.file, "error" in g ? g.error : ""])).toEqual([
      ["a", "here"],
      ["big-hog", expect.stringMatching(/超出内存上限（48 MB）/)],
      ["big-b", "read"],
      ["c", "here"],
      ["big-hog", expect.stringMatching(/超出内存上限（48 MB）/)],
      ["big-d", "read"],
    ]);
    expect(done).toHaveLength(6);
  }, 60_000);

  it("shares the files with a reader thread started at once", async () => {
    const files = Array.from({ length: 12 }, (_, i) => ({ file: `f${i}` }));
    const gathered = await gatherOnThreads(files, () => undefined, { worker, threads: 1, here });
    expect(gathered!.map((g) => g.file)).toEqual(files.map((f) => f.file));
    expect(gathered!.every((g) => "error" in g && /^(here|read)$/.test(g.error))).toBe(true);
  }, 60_000);
});

describe("how many reader threads a batch gets", () => {
  const asked = process.env.KEHOU_READER_THREADS;
  beforeEach(() => delete process.env.KEHOU_READER_THREADS);
  afterAll(() => {
    if (asked === undefined) delete process.env.KEHOU_READER_THREADS;
    else process.env.KEHOU_READER_THREADS = asked;
  });

  it("reads 20 schools on one thread on a 2-core machine (a second would only add its warm-up)", () => {
    expect(readerThreads(20, 2)).toBe(1);
    expect(readerThreads(20, 1)).toBe(1);
  });

  it("gives every core a reader once the batch pays for their warm-up", () => {
    expect(readerThreads(50, 2)).toBe(2);
    expect(readerThreads(500, 2)).toBe(2);
    expect(readerThreads(500, 16)).toBe(4);
  });

  it("gives a reader to every two cores for a short batch, never more than the files", () => {
    expect(readerThreads(20, 4)).toBe(2);
    expect(readerThreads(20, 8)).toBe(4);
    expect(readerThreads(3, 8)).toBe(3);
  });

  it("reads on the threads KEHOU_READER_THREADS asks for, never more than the files", () => {
    process.env.KEHOU_READER_THREADS = "2";
    expect(readerThreads(20, 2)).toBe(2);
    expect(readerThreads(1, 8)).toBe(1);
  });
});
