/* global document */
import type { Finding } from "../findings/finding";
import { findingMessage, sortFindings } from "../findings/finding";
import { t, type PaneLocale } from "./i18n";

/** Renders findings as buttons; choosing one shows its cell. */
export function renderFindings(
  list: HTMLOListElement,
  findings: readonly Finding[],
  locale: PaneLocale,
  onPick: (f: Finding) => void
): void {
  list.replaceChildren(
    ...sortFindings(findings).map((f) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      const badge = document.createElement("span");
      badge.className = `badge ${f.severity}`;
      badge.textContent = t(locale, f.severity);
      const where = document.createElement("span");
      where.className = "where";
      const school =
        "school" in f && typeof f.school === "string" && f.school ? `${f.school} · ` : "";
      const place = [f.sheet, f.cell].filter(Boolean).join("!");
      where.textContent = school + place + (f.studentId ? ` · ${f.studentId}` : "");
      const message = document.createElement("span");
      message.className = "message";
      message.textContent = locale === "en" ? findingMessage(f.rule, f.params, "en") : f.message;
      button.append(badge, where, message);
      if (f.cell) button.title = t(locale, "goTo", { cell: `${f.sheet}!${f.cell}` });
      button.addEventListener("click", () => onPick(f));
      li.append(button);
      return li;
    })
  );
}

/** The counts line of a findings list. */
export function countsText(findings: readonly Finding[], locale: PaneLocale): string {
  const n = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return findings.length === 0
    ? t(locale, "noFindings")
    : t(locale, "findingsCount", {
        n: findings.length,
        errors: n("error"),
        warnings: n("warning"),
        infos: n("info"),
      });
}
