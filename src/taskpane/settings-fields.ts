import type { FormKey } from "../jobs/settings-form";

/**
 * A setting as the pane's field shows it: the uplift field is in percent ("10" for 10%), the
 * month field an <input type="month"> value ("2021-05").
 */
export function toField(key: FormKey, value: string): string {
  if (key === "高中上浮") return value.replace(/\s*%$/, "");
  if (key === "月份")
    return value.replace(
      /^(\d{4})[-/年.](\d{1,2}).*$/,
      (_m, y: string, m: string) => `${y}-${m.padStart(2, "0")}`
    );
  return value;
}

/** What the pane writes for a field: the uplift as a percent ("10" → "10%"), the rest as typed. */
export function fromField(key: FormKey, field: string): string {
  const value = field.trim();
  return key === "高中上浮" && value !== "" && !value.endsWith("%") ? `${value}%` : value;
}
