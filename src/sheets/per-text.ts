/**
 * A reader of cell text that reads each different text once: a sheet of thousands of rows
 * holds a handful of different grades, yes/no marks, dates and attendance marks. What it
 * gives back is shared by the cells of the same text, so it must not be changed.
 */
export function perText<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) seen.set(text, (value = read(text)));
    return value as T;
  };
}
