import { normalizeText } from "./text";

/** School stage (学段). */
export type Stage = "primary" | "junior" | "senior";

export const STAGES: readonly Stage[] = ["primary", "junior", "senior"];

const stageWords: ReadonlyArray<readonly [Stage, readonly string[]]> = [
  ["primary", ["小学", "小学部", "小学段", "primary", "primaryschool", "小"]],
  [
    "junior",
    [
      "初中",
      "初中部",
      "初中段",
      "初级中学",
      "junior",
      "juniorhigh",
      "middle",
      "middleschool",
      "初",
    ],
  ],
  ["senior", ["高中", "高中部", "高中段", "高级中学", "senior", "seniorhigh", "highschool", "高"]],
];

/**
 * Reads a stage from its Chinese or English name, or undefined.
 * @example parseStage("初中部") //=> "junior"
 */
export function parseStage(text: string): Stage | undefined {
  const word = normalizeText(text)
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  for (const [stage, words] of stageWords) if (words.includes(word)) return stage;
  return undefined;
}
