/// <reference types="et-jsapi-declare" />
/**
 * main.js of the WPS add-in: index.html (which WPS opens hidden) loads it, and ribbon.xml's
 * callbacks are the global functions it defines. Every job comes from the one catalogue and
 * runs on the open workbook through the WPS adapter of the port.
 */
import { JOBS } from "../jobs/catalogue";
import { WpsWorkbook } from "../workbook/wps-workbook";
import { diagnosis } from "./diagnose";
import { registerFunctions } from "./functions";

interface Control {
  readonly Id: string;
  readonly Tag?: string;
}

type Root = WPS.AddonRoot & WPS.EtAddonRoot & Et.Application;

const page = globalThis as unknown as {
  Application: Root;
  wps?: Root;
  alert?: (text: string) => void;
  location?: { href: string };
  navigator?: { userAgent: string };
} & Record<string, unknown>;

const ICONS: Record<string, string> = {
  "kehou.pane": "pane",
  "kehou.diagnose": "icon",
};

/** Tells the user how a button went: WPS shows `alert` as its own dialog. */
function tell(message: string): void {
  if (typeof page.alert === "function") page.alert(message);
}

/** The pane's page beside this one, in the add-in's folder. */
function paneUrl(): string {
  const here = page.location?.href ?? "";
  return `${here.replace(/[^/]*$/, "")}pane/index.html`;
}

/** Opens the pane once per session (its id kept in PluginStorage, shared by the add-in's pages). */
function showPane(): void {
  const app = page.Application;
  const id = Number(app.PluginStorage.getItem("kehou.pane"));
  const pane = id > 0 ? app.GetTaskPane(id) : undefined;
  if (pane) {
    pane.Visible = true;
    return;
  }
  const created = app.CreateTaskPane(paneUrl(), "课后服务");
  app.PluginStorage.setItem("kehou.pane", created.ID);
  created.Visible = true;
}

/** The ribbon was loaded: the custom functions are registered with it. */
export function OnAddinLoad(): boolean {
  registerFunctions(page.wps ?? page.Application);
  return true;
}

/** A ribbon button. Returns the run's promise (WPS ignores it; tests wait on it). */
export async function OnAction(control: Control): Promise<void> {
  const id = control.Id.replace(/^kehou\./, "");
  try {
    if (id === "pane" || id === "consolidate") return showPane(); // consolidation picks files in the pane
    const app = page.Application;
    if (id === "diagnose") {
      const sheet = diagnosis(app, page.navigator?.userAgent ?? "");
      const [name] = await new WpsWorkbook(app).writeSheets([sheet]);
      return tell(`诊断结果已写入「${name}」，请把该表发给维护者。`);
    }
    const job = JOBS.find((j) => j.id === id);
    if (!job?.run) return;
    const outcome = await job.run(new WpsWorkbook(app));
    tell(outcome.message);
  } catch (e) {
    tell(`运行失败：${String((e as Error)?.message ?? e)}`);
  }
}

/** A button's icon, from the add-in's assets. */
export function GetImage(control: Control): string {
  const id = control.Id.replace(/^kehou\./, "");
  return `assets/${ICONS[control.Id] ?? id}-32.png`;
}

/** Every button works whenever a workbook is open. */
export function GetEnabled(): boolean {
  return true;
}

Object.assign(page, { OnAddinLoad, OnAction, GetImage, GetEnabled });
