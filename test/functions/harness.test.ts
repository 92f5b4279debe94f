import { existsSync, readFileSync } from "fs";
import path from "path";
import vm from "vm";
import { describeWhen } from "../support/needs";

/**
 * The built dist/functions.js, loaded as Excel loads it: in a scope with `CustomFunctions`
 * and `Office`, functions registered through `CustomFunctions.associate`, then called the way
 * Excel passes arguments (matrices for ranges, null for blanks and omitted ones, text numbers).
 */
const dist = path.join(__dirname, "..", "..", "dist");
const built =
  existsSync(path.join(dist, "functions.js")) && existsSync(path.join(dist, "functions.json"));

type Fn = (...args: unknown[]) => unknown;
interface Meta {
  id: string;
  parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
}

/** What a call gives back: a value, or the error Excel would show in the cell. */
type Outcome = { value: unknown } | { error: string; message?: string };

function loadFunctions(): Map<string, Fn> {
  const registered = new Map<string, Fn>();
  // https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string
    ) {
      super(message);
    }
  }
  const scope: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: Fn) => registered.set(id, fn),
      Error: CustomFunctionsError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    },
    Office: {
      context: { displayLanguage: "zh-CN" },
      onReady: () => Promise.resolve({ host: "Excel" }),
      HostType: { Excel: "Excel" },
    },
    console,
    setTimeout,
    clearTimeout,
  };
  scope.self = scope;
  scope.window = scope;
  vm.createContext(scope);
  vm.runInContext(readFileSync(path.join(dist, "functions.js"), "utf8"), scope);
  return registered;
}

describeWhen(built, "dist/functions.js as Excel runs it", "dist/ after npm run build", () => {
  const meta: Meta[] = built
    ? JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")).functions
    : [];
  const fns = built ? loadFunctions() : new Map<string, Fn>();

  /** Each function returns a promise (it reads the workbook's policy first); Excel awaits it. */
  async function call(id: string, ...args: unknown[]): Promise<Outcome> {
    const spec = meta.find((m) => m.id === id)!;
    // Excel passes every declared parameter: null where omitted.
    while (args.length < spec.parameters.length) args.push(null);
    try {
      return { value: await fns.get(id)!(...args) };
    } catch (e) {
      const err = e as { code?: string; message?: string };
      if (!err.code) throw e;
      return { error: err.code, message: err.message };
    }
  }

  /** The result has the type functions.json promises. */
  function expectTyped(id: string, out: Outcome): unknown {
    const spec = meta.find((m) => m.id === id)!;
    if (!("value" in out)) throw new Error(`${id} gave ${out.error} ${out.message ?? ""}`);
    expect(spec.result.dimensionality ?? "scalar").toBe("scalar");
    if (spec.result.type && spec.result.type !== "any")
      expect(typeof out.value).toBe(spec.result.type);
    return out.value;
  }

  it("registers every function of functions.json, and only those", async () => {
    expect([...fns.keys()].sort()).toEqual(meta.map((m) => m.id).sort());
    for (const m of meta) expect(fns.get(m.id)!.length).toBeLessThanOrEqual(m.parameters.length);
  });

  it("takes ranges as matrices, blanks inside them as null, text numbers as numbers", async () => {
    const matrix = [[120, null, 29, "45", ""]];
    expect(expectTyped("SERVICEFEE", await call("SERVICEFEE", matrix, "小学", null))).toBe(
      expectTyped("SERVICEFEE", await call("SERVICEFEE", [[120, 45]], null, null))
    );
    expect(expectTyped("SERVICEFEE", await call("SERVICEFEE", [[120], [60]], "高中", 0.1))).toEqual(
      expect.any(Number)
    );
    expect(expectTyped("SERVICEFEE", await call("SERVICEFEE", [[null, null]]))).toBe(0);
    expect(expectTyped("WAIVERSHARE", await call("WAIVERSHARE", [[100, null, "50"]], "学校"))).toBe(
      75
    );
    expect(expectTyped("WAIVERSHARE", await call("WAIVERSHARE", [[100]]))).toBe(50);
  });

  it("takes scalars, text numbers and Excel's time and date serials", async () => {
    expect(expectTyped("REFUND", await call("REFUND", 300, 10, 20))).toBe(150);
    expect(expectTyped("REFUND", await call("REFUND", "300", "0", "20"))).toBe(300);
    expect(
      expectTyped("ENDTIMECHECK", await call("ENDTIMECHECK", 0.75, "小学", false, 44326))
    ).toEqual(expect.any(String));
    expect(
      expectTyped("ENDTIMECHECK", await call("ENDTIMECHECK", "17:30", "初中", null, null))
    ).toEqual(expect.any(String));
  });

  it("turns bad input into #VALUE! with a message, never a crash", async () => {
    for (const [id, args] of [
      ["SERVICEFEE", [[["abc"]], "小学", null]],
      ["SERVICEFEE", [[[60]], "高中", 0.11]],
      ["WAIVERSHARE", [[["x"]], null]],
      ["ENDTIMECHECK", ["晚上", "小学", null, null]],
    ] as const) {
      const out = await call(id, ...args);
      expect(out).toMatchObject({ error: "#VALUE!" });
      expect((out as { message: string }).message.length).toBeGreaterThan(0);
    }
  });

  // SPEC §7: a blank number argument is 0, so a blank "attended" is a full refund.
  test("reads a blank required number as 0 (REFUND(300, blank, 20) = 300)", async () => {
    expect(expectTyped("REFUND", await call("REFUND", 300, null, 20))).toBe(300);
  });
});
