import type { CivilDate } from "../../policy/civil-date";
import type { MinutesOfDay } from "../../policy/time-of-day";
import type { ActivitiesSheet } from "../../sheets/activities";
import type { RosterStudent } from "../../sheets/roster";

const WHOLE_SCHOOL = /^(|全校|全体|全部|所有)$/;

/**
 * The end of each day's session as the activities sheet records it, by date and group
 * (班级, 年级 or the whole school): §三(二) 服务时间以有老师在班在场服务为准, so a sign-out
 * later than the session's recorded end is billed only to it (SPEC §4).
 */
export class SessionEnds {
  private readonly byDate = new Map<CivilDate, { group: string; end: MinutesOfDay }[]>();

  constructor(activities: ActivitiesSheet | undefined) {
    for (const a of activities?.activities ?? []) {
      if (!a.date || a.end === undefined) continue;
      const day = this.byDate.get(a.date) ?? [];
      const same = day.find((d) => d.group === a.group);
      if (same) same.end = Math.max(same.end, a.end);
      else day.push({ group: a.group, end: a.end });
      this.byDate.set(a.date, day);
    }
  }

  /** Whether any session end is recorded at all (most schools keep no activities sheet). */
  get any(): boolean {
    return this.byDate.size > 0;
  }

  /** The recorded end of the student's session that day, or undefined when none is recorded. */
  endFor(student: RosterStudent, date: CivilDate): MinutesOfDay | undefined {
    const day = this.byDate.get(date);
    if (!day) return undefined;
    let end: MinutesOfDay | undefined;
    for (const d of day)
      if (
        d.group === student.className ||
        d.group === student.gradeLabel ||
        WHOLE_SCHOOL.test(d.group)
      )
        end = end === undefined ? d.end : Math.max(end, d.end);
    return end;
  }
}
