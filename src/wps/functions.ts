/// <reference types="et-jsapi-declare" />
import { functionCatalog } from "../functions/catalog";
import { evaluate } from "../functions/evaluate";
import type { ExcelArg, ExcelScalar } from "../functions/excel-value";
import zhCN from "../functions/locale/zh-CN.json";
import type { Profile } from "../policy/profile";
import { wpsWorkbookPolicy, type PolicyRoot } from "./workbook-policy";

/** The namespace the functions are typed under: =KEHOU.SERVICEFEE(…), as in Excel. */
export const NAMESPACE = "KEHOU";

interface Translation {
  readonly name: string;
  readonly description: string;
  readonly parameters: Record<string, string>;
}

function scalar(v: unknown): ExcelScalar {
  if (v === undefined || v === null) return null;
  return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : String(v);
}

/**
 * An argument as WPS passes it, in whatever shape (a scalar, a flat or 2-D array of a range's
 * cells, or a range object with `Value2`: Kingsoft documents none), as Excel passes it.
 */
export function wpsArg(raw: unknown): ExcelArg {
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && "Value2" in raw)
    return wpsArg((raw as { Value2: unknown }).Value2);
  if (!Array.isArray(raw)) return scalar(raw);
  if (raw.some((r) => Array.isArray(r)))
    return raw.map((r: unknown) => (Array.isArray(r) ? r.map(scalar) : [scalar(r)]));
  return [raw.map(scalar)];
}

/**
 * What a function gives the cell: the value, or its error code and the reason in Chinese;
 * `profile` is the policy where the policy argument is left out (the workbook's).
 */
export function wpsCall(id: string, args: readonly unknown[], profile?: Profile): number | string {
  const r = evaluate(id, args.map(wpsArg), { locale: "zh-CN", ...(profile ? { profile } : {}) });
  return r.kind === "value" ? r.value : `${r.code} ${r.message}`;
}

/**
 * Registers the four functions of SPEC §7 with WPS (12.1.0.20540 and later) under their ASCII
 * ids, Chinese in their descriptions: Kingsoft's tooling takes ASCII names only.
 */
export function registerFunctions(
  root: { AddCustomFunction?: WPS.EtAddonRoot["AddCustomFunction"] } & PolicyRoot
): number {
  if (typeof root.AddCustomFunction !== "function") return 0;
  const texts = zhCN as unknown as Record<string, Translation>;
  const catalog = functionCatalog();
  for (const spec of catalog) {
    const t = texts[spec.id];
    root.AddCustomFunction(
      NAMESPACE,
      spec.id,
      (...args: unknown[]) => wpsCall(spec.id, args, wpsWorkbookPolicy(root)),
      {
        description: `${t.name}：${t.description}`,
        result: { type: spec.returns === "money" ? "number" : "string" },
        parameters: spec.params.map((p) => ({
          name: p.name,
          type: "any",
          description: t.parameters[p.name] ?? "",
        })),
      }
    );
  }
  return catalog.length;
}
