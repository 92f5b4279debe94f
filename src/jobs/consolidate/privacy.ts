import { findingMessage, type Finding, type FindingParams } from "../../findings/finding";

/**
 * The names a school's workbook holds (roster, attendance, charge lines), to keep them out
 * of every city output unless the bureau asks for them (`--with-names`).
 */
export function namesHeld(lists: readonly (readonly { readonly name: string }[] | undefined)[]) {
  const names = new Set<string>();
  for (const list of lists) for (const s of list ?? []) if (s.name.trim()) names.add(s.name.trim());
  // Longest first, so 张三丰 is hidden whole and not as 张三 plus 丰.
  return [...names].sort((a, b) => b.length - a.length);
}

/** Where a finding is, in words that name no one: 名册 第 5 行. */
function placeOf(f: Finding): string {
  const row = /\d+$/.exec(f.cell)?.[0];
  return row ? `${f.sheet} 第 ${row} 行的学生` : "（姓名已隐去）";
}

/**
 * A finding with every name the school holds taken out of its values and message, the sheet
 * and row said instead; a "student id" that is a name is dropped (a roster with no 学号).
 */
export function withoutNames(f: Finding, names: readonly string[]): Finding {
  if (names.length === 0) return f;
  let changed = false;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(f.params ?? {})) {
    let v = value;
    if (typeof v === "string")
      for (const name of names)
        if (v.includes(name)) {
          v = v.split(name).join(placeOf(f));
          changed = true;
        }
    params[key] = typeof v === "string" ? v.replace(/\s+/g, " ").trim() : v;
  }
  const idIsName = f.studentId !== undefined && names.includes(f.studentId.trim());
  let message = changed ? findingMessage(f.rule, params as FindingParams) : f.message;
  // A message not built from its params (none here today) is scrubbed as text.
  for (const name of names)
    if (message.includes(name)) message = message.split(name).join(placeOf(f));
  if (!changed && !idIsName && message === f.message) return f;
  const { studentId, ...rest } = f;
  return {
    ...rest,
    ...(idIsName || studentId === undefined ? {} : { studentId }),
    params,
    message,
  };
}
