/**
 * The functions as Excel calls them (src/functions/functions.ts): every declared argument is
 * passed, null for a blank cell or an omitted optional one, and errors are thrown as
 * CustomFunctions.Error with the Excel error code.
 */
class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}
Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeError,
    ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!" },
  },
});

const fns =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

function thrown(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    const error = e as FakeError;
    return { code: error.code, message: error.message };
  }
  throw new Error("did not throw");
}

describe("the functions Excel loads", () => {
  it("reads blank cells (null) as 0 in required number arguments", () => {
    expect(fns.refund(300, null, 20)).toBe(300);
    expect(fns.refund(null, 0, 20)).toBe(0);
    expect(fns.serviceFee([[null]], null, null)).toBe(0);
    expect(fns.waiverShare([[null]], null)).toBe(0);
  });
  it("keeps a trailing blank cell an argument, never a wrong number of arguments", () => {
    expect(thrown(() => fns.refund(300, 0, null))).toEqual({
      code: "#VALUE!",
      message: "应上课时必须大于0",
    });
  });
  it("takes omitted optional arguments (null) as their defaults", () => {
    expect(fns.endTimeCheck("18:30", "初中", null, "2023-05-10")).toBe("OK");
    expect(fns.serviceFee([[120]], null, null)).toBe(8);
  });
  it("throws #NUM! for a day of more than 1,440 minutes", () => {
    expect(thrown(() => fns.serviceFee([[1441]], null, null)).code).toBe("#NUM!");
  });
});
