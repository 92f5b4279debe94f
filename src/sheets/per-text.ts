/** How many different texts are compared one by one before the map is asked. */
const RECENT = 8;

/**
 * A reader of cell text that reads each different text once: a sheet of thousands of rows
 * holds a handful of different grades, yes/no marks, dates and attendance marks. What it
 * gives back is shared by the cells of the same text, so it must not be changed. The first
 * few different texts are found by comparing (a cell's text is most often the very string
 * of an earlier cell), the rest through a map.
 */
export function perText<T>(read: (text: string) => T): (text: string) => T {
  const texts: string[] = [];
  const values: T[] = [];
  const seen = new Map<string, T>();
  return (text) => {
    for (let i = 0; i < texts.length; i++) if (texts[i] === text) return values[i];
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = read(text);
      if (texts.length < RECENT) {
        texts.push(text);
        values.push(value);
      } else seen.set(text, value);
    }
    return value as T;
  };
}
