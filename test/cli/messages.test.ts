import { runCli } from "../support/run-cli";
import { displayWidth } from "../../src/cli/display-width";
import { COMMANDS } from "../../src/cli/main";

/** English words left after removing the program's own names, options and file types. */
const english = (text: string) =>
  text
    .replace(
      /kehou \w+|kehou|Kehou|Excel|WPS|JSON|KEHOU\.\w+|--?[\w-]+|\.xlsx|YYYY-MM|[A-Z_]{2,}|「[^」]*」/g,
      ""
    )
    .match(/[A-Za-z]{4,}/g) ?? [];

describe("kehou speaks Chinese to its user", () => {
  it.each([
    [["charge", "s.xlsx", "-o"], /选项「-o, --output」后面需要一个值/],
    [["charge", "s.xlsx", "--bogus"], /不认识的选项「--bogus」/],
    [["validate", "s.xlsx", "--json=1"], /选项「--json」后面不能带值/],
  ])("says an option mistake in Chinese: %j", async (argv, text) => {
    const r = await runCli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(text);
    expect(english(r.err)).toEqual([]);
  });

  it.each([["[[1,2"], ["[1E+999]"], ['[{"a":1}]']])(
    "fn says a bad range %s in Chinese",
    async (arg) => {
      const r = await runCli("fn", "SERVICEFEE", arg);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/不是有效的 JSON 数组/);
      expect(english(r.err)).toEqual([]);
    }
  );

  it("turns an internal error into one Chinese line, exit 70", async () => {
    const charge = COMMANDS.find((c) => c.name === "charge")!;
    const spy = jest.spyOn(charge, "run").mockRejectedValue(new TypeError("x is undefined"));
    const r = await runCli("charge", "s.xlsx");
    spy.mockRestore();
    expect(r.code).toBe(70);
    expect(r.err).toMatch(/^kehou 内部错误/);
    expect(r.err).not.toMatch(/TypeError|at /);
  });
});

describe("help", () => {
  it("--help and charge --help mention --force, in lines of at most 100 columns", async () => {
    for (const argv of [["--help"], ["charge", "--help"], ["validate", "--help"]]) {
      const r = await runCli(...argv);
      expect(r.out).toMatch(/--force/);
      for (const line of r.out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    }
  });
});
