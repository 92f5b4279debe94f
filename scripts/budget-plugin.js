/**
 * Prints the add-in's size budgets after each build: the custom-functions code Excel loads
 * first (≤ 100 KB minified) and the pane's first load without exceljs (≤ 310 KB minified).
 */
const BUDGETS = { functions: 100 * 1024, pane: 310 * 1024 };

function budgetFigures(stats) {
  const size = (name) => stats.assets.find((a) => a.name === name)?.size ?? 0;
  const initial = (entry) => stats.entrypoints[entry].assets.map((a) => a.name);
  const paneFiles = [...new Set(["functions", "commands", "taskpane"].flatMap(initial))].filter(
    (f) => f.endsWith(".js")
  );
  return {
    functions: size("functions.js"),
    pane: paneFiles.reduce((sum, f) => sum + size(f), 0),
    paneFiles,
    lazy: stats.assets
      .filter((a) => /^(xlsx|xls-ods|charts|city|profile|notices)\./.test(a.name))
      .map((a) => `${a.name} ${(a.size / 1024).toFixed(0)} KB`),
  };
}

class BudgetPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("BudgetPlugin", (stats) => {
      const f = budgetFigures(stats.toJson({ assets: true, entrypoints: true }));
      const line = (name, bytes, budget) =>
        `  ${name}: ${(bytes / 1024).toFixed(1)} KB of ${budget / 1024} KB${bytes > budget ? "  OVER BUDGET" : ""}`;
      console.log(
        [
          "Kehou budgets (minified):",
          line("custom functions (functions.js)", f.functions, BUDGETS.functions),
          line(`pane first load (${f.paneFiles.join(" + ")})`, f.pane, BUDGETS.pane),
          `  loaded only in the browser page: ${f.lazy.join(", ") || "none"}`,
        ].join("\n")
      );
    });
  }
}

module.exports = { BudgetPlugin, BUDGETS, budgetFigures };
