/* global Office, document, window */
import { evaluate } from "../functions/evaluate";
import { parseFormulaArgs } from "./formula-args";

import type { RibbonReport } from "../commands/commands";

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function showResult(): void {
  const fn = byId<HTMLSelectElement>("fn").value;
  const result = evaluate(fn, parseFormulaArgs(byId<HTMLInputElement>("args").value));
  byId<HTMLOutputElement>("result").textContent =
    result.kind === "value" ? String(result.value) : `${result.code} ${result.message}`;
}

window.addEventListener("kehou:report", (e) => {
  const notice = byId<HTMLParagraphElement>("coming");
  notice.textContent = (e as CustomEvent<RibbonReport>).detail.message;
  notice.hidden = false;
});

Office.onReady(() => {
  byId<HTMLFormElement>("try").addEventListener("submit", (e) => {
    e.preventDefault();
    showResult();
  });
});
