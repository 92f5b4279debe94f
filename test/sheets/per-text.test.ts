import fc from "fast-check";
import { perText } from "../../src/sheets/per-text";

describe("perText", () => {
  it("gives what the reader gives, reading each different text once (undefined included)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 50 }), (texts) => {
        const read = (t: string) => (t.length % 2 === 0 ? undefined : { t });
        const calls: string[] = [];
        const once = perText((t: string) => (calls.push(t), read(t)));
        for (const t of texts) expect(once(t)).toEqual(read(t));
        expect(calls).toEqual([...new Set(texts)]);
      })
    );
  });
});
