import { existsSync } from "fs";
import type { AddressInfo } from "net";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
const { createServer } = require("../../scripts/serve-web.js");

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = path.join(__dirname, "..", "..");
/** Whether the page is built and Debian's chromium is there, for describeWhen. */
export const PAGE_READY = existsSync(path.join(ROOT, "dist", "index.html")) && existsSync(CHROMIUM);
export const PAGE_NEEDS = "Debian's chromium and the built page (npm run build)";

/** The built page served on loopback, open in headless chromium, every request and error kept. */
export interface OpenPage {
  readonly page: Page;
  readonly origin: string;
  readonly requests: string[];
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * Serves dist/ on 127.0.0.1 and opens index.html in Debian's chromium, with the flags that
 * keep it off the network (this machine refuses every other connection), and waits for the
 * pane to start.
 */
export async function openPage(viewport = { width: 320, height: 1000 }): Promise<OpenPage> {
  const server = createServer(path.join(ROOT, "dist"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.getElementById("mode")?.textContent !== "");
  return {
    page,
    origin,
    requests,
    errors,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
