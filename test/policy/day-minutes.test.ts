import fc from "fast-check";
import { DaySpan, minutesWithin, type DayRecord } from "../../src/policy/day-minutes";

const clock = fc.integer({ min: 0, max: 24 * 60 });
const record: fc.Arbitrary<Exclude<DayRecord, { kind: "absent" }>> = fc.oneof(
  fc.constant({ kind: "present" as const }),
  fc.double({ min: 0, max: 1440, noNaN: true }).map((minutes) => ({
    kind: "minutes" as const,
    minutes,
  })),
  clock.map((end) => ({ kind: "signOut" as const, end })),
  fc
    .tuple(clock, clock)
    .filter(([a, b]) => b > a)
    .map(([start, end]) => ({ kind: "range" as const, start, end }))
);

/** The plain reading of SPEC §11: from the start (a range's own where later), never past `latest`. */
function plainMinutes(
  r: Exclude<DayRecord, { kind: "absent" }>,
  start: number,
  latest: number,
  session: number | undefined
): { minutes: number; cappedFrom?: number } | undefined {
  let from = start;
  let to: number;
  if (r.kind === "present") {
    if (session === undefined) return undefined;
    to = start + session;
  } else if (r.kind === "minutes") to = start + r.minutes;
  else if (r.kind === "signOut") {
    if (r.end <= start) return undefined;
    to = r.end;
  } else {
    from = Math.max(r.start, start);
    to = r.end;
  }
  const minutes = Math.max(0, Math.min(to, latest) - from);
  return to > latest ? { minutes, cappedFrom: to } : { minutes };
}

describe("DaySpan", () => {
  it("give a served day the minutes and the cut of the plain reading, as minutesWithin does", () => {
    const span = new DaySpan();
    fc.assert(
      fc.property(
        record,
        clock,
        clock,
        fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        (r, start, latest, session) => {
          const plain = plainMinutes(r, start, latest, session);
          const whole = minutesWithin(r, { stage: "primary", start, latest, session });
          expect(span.read(r, start, session)).toBe(plain !== undefined);
          expect(whole.ok).toBe(plain !== undefined);
          if (!whole.ok || plain === undefined) return;
          expect(span.minutesTo(latest)).toBe(plain.minutes);
          expect(span.to > latest ? span.to : undefined).toBe(plain.cappedFrom);
          expect(whole.value.minutes).toBe(plain.minutes);
          expect(whole.value.cappedFrom).toBe(plain.cappedFrom);
        }
      )
    );
  });
});
