/**
 * npm start: sideloads the add-in in desktop Excel where office-addin-debugging can (Windows,
 * macOS); elsewhere it says what to use instead.
 */
const { spawn } = require("child_process");

if (process.platform === "win32" || process.platform === "darwin") {
  const child = spawn(
    "npx",
    ["office-addin-debugging", "start", "manifest.xml", ...process.argv.slice(2)],
    { stdio: "inherit", shell: true }
  );
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      "在此系统上无法自动旁加载到桌面版 Excel（office-addin-debugging 只支持 Windows 和 macOS）。",
      "Desktop Excel sideloading needs Windows or macOS. Instead:",
      "  • Excel 网页版 / Excel on the web: npm run dev-server, then Home › Add-ins › Upload My Add-in › manifest.xml",
      "  • 浏览器模式 / browser mode (WPS, Linux): npm run build && npm run serve:web, then open http://localhost:8080/",
      "  • 命令行 / command line: npx kehou --help",
    ].join("\n")
  );
}
