import path from "path";
import { gatherOnThreads } from "../../src/cli/parallel-gather";

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
