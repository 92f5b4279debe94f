/* global Office, document, window */
import { evaluate } from "../functions/evaluate";
import { parseFormulaArgs } from "./formula-args";

const comingText: Record<string, string> = {
  validate: "“校验名册”即将推出。",
  charge: "“生成收费表”即将推出。",
  breaches: "“检查违规”即将推出。",
};

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function showResult(): void {
  const fn = byId<HTMLSelectElement>("fn").value;
  const result = evaluate(fn, parseFormulaArgs(byId<HTMLInputElement>("args").value));
  byId<HTMLOutputElement>("result").textContent =
    result.kind === "value" ? String(result.value) : `${result.code} ${result.message}`;
}

window.addEventListener("kehou:coming", (e) => {
  const notice = byId<HTMLParagraphElement>("coming");
  notice.textContent = comingText[(e as CustomEvent<string>).detail] ?? "";
  notice.hidden = false;
});

Office.onReady(() => {
  byId<HTMLFormElement>("try").addEventListener("submit", (e) => {
    e.preventDefault();
    showResult();
  });
});
