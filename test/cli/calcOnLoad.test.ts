/** fullCalcOnLoad in workbook.xml: set on an existing calcPr, or a calcPr added in its place. */
import { withFullCalcOnLoad } from "../../src/io/xlsx/patch/calcOnLoad";

describe("withFullCalcOnLoad", () => {
  test("adds the attribute to the workbook's calcPr, keeping its others", () => {
    expect(withFullCalcOnLoad('<workbook><sheets><sheet/></sheets><calcPr calcId="191029"/></workbook>')).toBe(
      '<workbook><sheets><sheet/></sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
    );
    expect(withFullCalcOnLoad('<x:workbook><x:calcPr fullCalcOnLoad="0" calcId="1"></x:calcPr></x:workbook>')).toBe(
      '<x:workbook><x:calcPr calcId="1" fullCalcOnLoad="1"></x:calcPr></x:workbook>',
    );
  });

  test("without a calcPr, puts one after the defined names (or the sheets), where the schema wants it", () => {
    expect(withFullCalcOnLoad("<workbook><sheets><sheet/></sheets><definedNames><definedName/></definedNames><extLst/></workbook>")).toBe(
      '<workbook><sheets><sheet/></sheets><definedNames><definedName/></definedNames><calcPr fullCalcOnLoad="1"/><extLst/></workbook>',
    );
    expect(withFullCalcOnLoad("<workbook><sheets><sheet/></sheets></workbook>")).toBe('<workbook><sheets><sheet/></sheets><calcPr fullCalcOnLoad="1"/></workbook>');
  });
});
