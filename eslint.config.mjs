import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // The program's launcher, build scripts and tool configs run in Node.
    files: ["bin/**/*.js", "scripts/**/*.js", "test/support/*.js", "*.js"],
    languageOptions: { globals: globals.node, sourceType: "commonjs" },
  },
  {
    // exceljs objects, not Office.js proxies: there is nothing to load or sync.
    files: ["src/workbook/xlsx-*.ts", "test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    // TypeScript checks names itself; these rules misread its globals and type/value pairs.
    files: ["**/*.ts"],
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
];
