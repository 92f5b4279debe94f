import { readFileSync } from "fs";
import path from "path";
import { readProfileFile } from "../../src/sheets/profile-file";

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
const policy =
  require("../../src/functions/workbook-policy") as typeof import("../../src/functions/workbook-policy");

/**
 * Excel's request context as a custom function in a shared runtime gets it (Microsoft, "Call
 * Excel JavaScript APIs from a custom function": `new Excel.RequestContext()`, then load and
 * sync): the worksheets' names, and a sheet's used range (`getUsedRangeOrNullObject`, a null
 * object for an empty sheet, per the Worksheet reference). Counts its syncs.
 */
function fakeExcel(sheets: Record<string, unknown[][]>, fail = false) {
  const calls = { syncs: 0 };
  class RequestContext {
    workbook = {
      worksheets: {
        items: Object.entries(sheets).map(([name, values]) => ({
          name,
          getUsedRangeOrNullObject: () => ({
            values,
            isNullObject: values.length === 0,
            load: () => undefined,
          }),
        })),
        load: () => undefined,
      },
    };
    async sync() {
      calls.syncs++;
      if (fail) throw new Error("GeneralException");
    }
  }
  Object.assign(globalThis, { Excel: { RequestContext } });
  policy.forgetWorkbookPolicy();
  return calls;
}

const keshi = readProfileFile(
  readFileSync(path.join(__dirname, "..", "fixtures", "example-keshi.json"), "utf8"),
  "example-keshi.json"
);

async function thrown(f: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await f();
  } catch (e) {
    const error = e as FakeError;
    return { code: error.code, message: error.message };
  }
  throw new Error("did not throw");
}

describe("the functions Excel loads", () => {
  it("reads blank cells (null) as 0 in required number arguments", async () => {
    expect(await fns.refund(300, null, 20)).toBe(300);
    expect(await fns.refund(null, 0, 20)).toBe(0);
    expect(await fns.serviceFee([[null]], null, null)).toBe(0);
    expect(await fns.waiverShare([[null]], null)).toBe(0);
  });
  it("keeps a trailing blank cell an argument, never a wrong number of arguments", async () => {
    expect(await thrown(() => fns.refund(300, 0, null))).toEqual({
      code: "#VALUE!",
      message: "应上课时必须大于0",
    });
  });
  it("takes omitted optional arguments (null) as their defaults", async () => {
    expect(await fns.endTimeCheck("18:30", "初中", null, "2023-05-10")).toBe("OK");
    expect(await fns.serviceFee([[120]], null, null)).toBe(8);
  });
  it("throws #NUM! for a day of more than 1,440 minutes", async () => {
    expect((await thrown(() => fns.serviceFee([[1441]], null, null))).code).toBe("#NUM!");
  });
});

describe("the functions follow the policy the workbook names", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
    policy.forgetWorkbookPolicy();
  });

  it("reads the 政策 row of 设置 once, through the Excel APIs", async () => {
    const calls = fakeExcel({
      设置: [
        ["学校名称", "一小"],
        ["政策", "suifenhe-2021"],
      ],
    });
    expect(await fns.serviceFee([[120]], null, null, null)).toBe(8);
    const after = calls.syncs;
    expect(await fns.refund(300, 10, 20, null)).toBe(150);
    expect(after).toBe(2);
    expect(calls.syncs).toBe(after);
  });

  it("computes by the default where the read fails, never an error", async () => {
    fakeExcel({ 设置: [["政策", "suifenhe-2021"]] }, true);
    expect(await fns.serviceFee([[120]], null, null, null)).toBe(8);
  });

  it("computes by a policy file the pane loaded (whole 课时 of 40 minutes at 3.00)", async () => {
    fakeExcel({});
    if (!keshi.ok) throw new Error("the example profile does not pass its checks");
    policy.setWorkbookPolicy(keshi.profile);
    expect(await fns.serviceFee([[100]], null, null, null)).toBe(6);
    expect(await fns.waiverShare([[10]], "政府", null)).toBe(6);
    // An id typed as the last argument still wins.
    expect(await fns.serviceFee([[100]], null, null, "suifenhe-2021")).toBe(6.67);
  });

  it("throws #VALUE! for minutes under a monthly-fee policy the pane loaded, as kehou fn says", async () => {
    fakeExcel({});
    const monthly = readProfileFile(
      readFileSync(path.join(__dirname, "..", "fixtures", "example-monthly.json"), "utf8"),
      "example-monthly.json"
    );
    if (!monthly.ok) throw new Error("the example profile does not pass its checks");
    policy.setWorkbookPolicy(monthly.profile);
    const refused = await thrown(() => fns.serviceFee([[120]], null, null, null));
    expect(refused.code).toBe("#VALUE!");
    expect(refused.message).toMatch(/^政策 example-monthly 按月收费（每月 120\.00 元/);
  });

  it("keeps the pane's policy across bundles: one slot on the page's global object", () => {
    if (!keshi.ok) throw new Error("the example profile does not pass its checks");
    policy.setWorkbookPolicy(keshi.profile);
    const slot = (globalThis as Record<symbol, unknown>)[Symbol.for("kehou.workbookPolicy")];
    expect(slot).toBeInstanceOf(Promise);
  });
});
