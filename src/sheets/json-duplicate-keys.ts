/** A key written twice in one JSON object: its field path and where the second one is. */
export interface DuplicateKey {
  readonly field: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The keys a JSON text writes twice in one object. JSON.parse keeps the last silently, so a
 * rate typed twice charges by whichever came last; this scan says each repeat. The text must
 * already parse: the scan assumes well-formed JSON and only tracks strings and nesting.
 */
export function duplicateKeys(json: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const space = () => {
    while (i < json.length && /\s/.test(json[i])) {
      if (json[i] === "\n") {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  };
  const string = (): string => {
    const start = i;
    i++; // the opening quote
    while (json[i] !== '"') i += json[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(json.slice(start, i)) as string;
  };
  const value = (field: string): void => {
    space();
    const c = json[i];
    if (c === "{") {
      i++;
      const seen = new Set<string>();
      space();
      while (json[i] !== "}") {
        space();
        const at = { line, column: i - lineStart + 1 };
        const key = string();
        const path = field ? `${field}.${key}` : key;
        if (seen.has(key)) out.push({ field: path, ...at });
        seen.add(key);
        space();
        i++; // the colon
        value(path);
        space();
        if (json[i] === ",") i++;
        space();
      }
      i++;
    } else if (c === "[") {
      i++;
      let n = 0;
      space();
      while (json[i] !== "]") {
        value(`${field}[${n++}]`);
        space();
        if (json[i] === ",") i++;
        space();
      }
      i++;
    } else if (c === '"') string();
    else while (i < json.length && !/[\s,\]}]/.test(json[i])) i++;
  };
  value("");
  return out;
}
