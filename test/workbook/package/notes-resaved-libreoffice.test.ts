import { lateMark, lateSchool, markedCopy, notesText } from "../../support/marked-copy";
import { hasLibreOffice, libreOfficeResaved } from "../../support/libreoffice";
import { describeWhen } from "../../support/needs";

/** A school sheet with a note of its own on B2. */
const school = () =>
  lateSchool((ws) => {
    ws.getCell("B2").note = "学校的批注";
  });

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "Kehou's notes in a school's notes part that LibreOffice saved again",
  () => {
    jest.setTimeout(180_000);

    it("come out on a re-run once the data is fixed; the school's note stays", async () => {
      const resaved = libreOfficeResaved(
        await markedCopy(await school(), [lateMark("B3"), lateMark("C3")])
      );
      const out = await markedCopy(resaved, []);
      const notes = notesText(out);
      expect(notes).toContain("学校的批注");
      expect(notes).not.toContain("超时");
      expect(notes).not.toMatch(/<author>Kehou<\/author>/);
      const again = notesText(await markedCopy(resaved, [lateMark("C3")]));
      expect(again.match(/超时/g)).toHaveLength(1);
      expect(again).toContain("学校的批注");
    });
  }
);
