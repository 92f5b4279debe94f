import { MESSAGES } from "../../../src/findings/messages/table";
import type { Message } from "../../../src/findings/messages/message";

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

const entries: [string, Message][] = Object.entries(MESSAGES).flatMap(([section, table]) =>
  Object.entries(table as Record<string, Message>).map(
    ([key, m]) => [`${section}.${key}`, m] as [string, Message]
  )
);

describe("the one message table", () => {
  it("holds the problems, the findings and the doors' words", () => {
    expect(Object.keys(MESSAGES)).toEqual([
      "problem",
      "finding",
      "ui",
      "file",
      "reason",
      "console",
      "package",
    ]);
    // A problem and the finding a job makes of it share a name, with their own words.
    expect(MESSAGES.problem.DATE_BEFORE_POLICY.zh).toBe(
      "{date} 早于{begins} {from}，政策未规定该日的服务时间"
    );
    expect(MESSAGES.finding.DATE_BEFORE_POLICY.zh).toBe(
      "{date} 早于{begins} {from}，政策未规定该日的服务时间，未计费"
    );
    expect(MESSAGES.ui.goTo).toEqual({ zh: "转到 {cell}", en: "Go to {cell}" });
  });

  it("words every message in Chinese and in English", () => {
    const blank = entries.filter(([, m]) => !m.zh.trim() || !m.en.trim()).map(([id]) => id);
    expect(blank).toEqual([]);
  });

  it("names in English only values the Chinese names too", () => {
    const extra = entries
      .map(([id, m]) => {
        const zh = placeholders(m.zh);
        return [id, [...placeholders(m.en)].filter((p) => !zh.has(p))] as const;
      })
      .filter(([, keys]) => keys.length > 0);
    expect(extra).toEqual([]);
  });
});
