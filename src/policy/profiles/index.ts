import type { Profile } from "../profile";
import { SUIFENHE_2021 } from "./suifenhe-2021";

/** The profiles Kehou ships, by the id a 设置 sheet's 政策 row names. */
export const BUILT_IN_PROFILES: Readonly<Record<string, Profile>> = {
  [SUIFENHE_2021.id]: SUIFENHE_2021,
};

/** The profile in force where a workbook names none. */
export const DEFAULT_PROFILE: Profile = SUIFENHE_2021;

/** A built-in profile by its id as typed (case and spaces aside), or undefined. */
export function builtInProfile(id: string): Profile | undefined {
  const key = id.trim().toLowerCase();
  return Object.values(BUILT_IN_PROFILES).find((p) => p.id.toLowerCase() === key);
}
