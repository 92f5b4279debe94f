import {
  FINDING_RULES,
  ruleOf,
  type FindingRule,
  type FindingRuleId,
} from "../../src/findings/finding-rules";
import { clauseOf } from "../../src/findings/rule-clause";
import { findingsJson, findingsSheet } from "../../src/jobs/findings-sheet";
import type { Profile } from "../../src/policy/profile";
import { DEFAULT_PROFILE } from "../../src/policy/profiles";
import { exampleProfile as profileOf } from "../support/example-profile";

const keshi = profileOf("example-keshi.json");
const one = (rule: FindingRuleId) => [
  { rule, severity: ruleOf(rule).severity, sheet: "考勤", cell: "C2", message: "…" },
];

describe("a rule's clause, resolved through the profile in force", () => {
  it("is Suifenhe's label under the default profile, as before", () => {
    expect(clauseOf(ruleOf("FEE_SHORT_DAY_CHARGED"), DEFAULT_PROFILE)).toBe("§三(五)2");
    expect(clauseOf(ruleOf("TIME_END_TOO_EARLY"), DEFAULT_PROFILE)).toBe("§三(二)1");
    expect(clauseOf(ruleOf("TIME_END_FIXED_PILOT"), DEFAULT_PROFILE)).toBe("§三(二) 试行期间");
    expect(clauseOf(ruleOf("CONTENT_NEW_LESSONS"), DEFAULT_PROFILE)).toBe("§四(三)1");
  });

  it("is the other city's label under its profile (example-keshi: 第八条 for the notice)", () => {
    expect(clauseOf(ruleOf("CHARGE_BEFORE_NOTICE"), keshi)).toBe("第八条");
    expect(clauseOf(ruleOf("FEE_SHORT_DAY_CHARGED"), keshi)).toBe("第五条");
    expect(clauseOf(ruleOf("FEE_HARDSHIP_CHARGED"), keshi)).toBe("第六条");
    expect(clauseOf(ruleOf("FEE_REFUND_DIFFERS"), keshi)).toBe("第七条");
    expect(clauseOf(ruleOf("TIME_START_TOO_EARLY"), keshi)).toBe("第三条");
  });

  it("is empty where the profile leaves the label out, never Suifenhe's", () => {
    // example-keshi.json has no clauses.enrollment nor clauses.noNewLessons.
    expect(clauseOf(ruleOf("CHARGE_NO_AGREEMENT"), keshi)).toBe("");
    expect(clauseOf(ruleOf("CONTENT_NEW_LESSONS"), keshi)).toBe("");
  });

  it("keeps Kehou's own references and names the cap where no cap clause is labelled", () => {
    expect(clauseOf(ruleOf("MONTH_UNKNOWN"), keshi)).toBe("—");
    expect(clauseOf(ruleOf("CHARGE_SEMESTER_CAP"), keshi)).toBe("所用政策的每学期收费上限");
    const labelled: Profile = {
      ...keshi,
      provenance: {
        ...keshi.provenance,
        clauses: { ...keshi.provenance.clauses, semesterCap: "第九条" },
      },
    };
    expect(clauseOf(ruleOf("CHARGE_SEMESTER_CAP"), labelled)).toBe("第九条");
  });

  it("never holds a city's clause text in the catalogue itself", () => {
    for (const [id, rule] of Object.entries(FINDING_RULES) as [string, FindingRule][])
      expect([id, rule.clause ?? ""]).toEqual([id, expect.not.stringMatching(/^§|^第.+条/)]);
  });
});

describe("the 条款 column and the JSON cite the profile the job ran under", () => {
  it("writes the other city's label in the findings sheet and the JSON", () => {
    const sheet = findingsSheet(one("CHARGE_BEFORE_NOTICE"), "t", "charge", [], keshi);
    expect(sheet.rows[0][2]).toBe("第八条");
    expect(findingsJson(one("CHARGE_BEFORE_NOTICE"), keshi)[0]).toMatchObject({
      clause: "第八条",
    });
    // A label the profile leaves out: an empty cell, and no clause key in the JSON.
    expect(findingsSheet(one("CHARGE_NO_AGREEMENT"), "t", "charge", [], keshi).rows[0][2]).toBe("");
    expect(findingsJson(one("CHARGE_NO_AGREEMENT"), keshi)[0]).not.toHaveProperty("clause");
  });

  it("changes only the 条款 cells of the rules citing a label when that label changes", () => {
    const renamed: Profile = {
      ...DEFAULT_PROFILE,
      provenance: {
        ...DEFAULT_PROFILE.provenance,
        clauses: { ...DEFAULT_PROFILE.provenance.clauses, refund: "第十条" },
      },
    };
    const ids = Object.keys(FINDING_RULES) as FindingRuleId[];
    const findings = ids.flatMap(one);
    const before = findingsSheet(findings, "t", "breaches", [], DEFAULT_PROFILE).rows;
    const after = findingsSheet(findings, "t", "breaches", [], renamed).rows;
    const changed = after.flatMap((row, r) =>
      row.flatMap((v, c) =>
        JSON.stringify(v) === JSON.stringify(before[r][c]) ? [] : [[row[1], c, v]]
      )
    );
    expect(changed).toEqual([["FEE_REFUND_DIFFERS", 2, "第十条"]]);
  });
});
