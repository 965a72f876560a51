import { stripAddinFormulas } from "../../../src/templates/package/stripFormulas";

const sheet = (cells: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

describe("stripAddinFormulas", () => {
  it("keeps the cached value of an add-in formula and drops the formula and the dynamic-array marker", () => {
    const out = stripAddinFormulas(
      sheet(
        '<c r="B15" s="9" cm="1"><f t="array" ref="B15:B17">_xldudf_TYOALUE_PROJECTLABOURFORCE(B1,B2,2)</f><v>28616</v></c>'
      )
    );
    expect(out.replaced).toBe(1);
    expect(out.xml).toContain('<c r="B15" s="9"><v>28616</v></c>');
  });
  it("also recognises the TYOALUE.X form and turns a cached text result into an inline string", () => {
    const out = stripAddinFormulas(
      sheet('<c r="A1" t="str"><f>TYOALUE.MUNICIPALITY(5,"sv")</f><v>Alajärvi</v></c>')
    );
    expect(out.xml).toContain(
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve">Alajärvi</t></is></c>'
    );
  });
  it("leaves Excel's own formulas and plain values alone", () => {
    const xml = sheet(
      '<c r="A1"><f>SUM(B1:B3)</f><v>6</v></c><c r="B1"><v>1</v></c><c r="C1" s="2"/>'
    );
    expect(stripAddinFormulas(xml)).toEqual({ xml, replaced: 0 });
  });
  it("reads the formula as Excel does, XML entities decoded: text that only mentions TYOALUE stays", () => {
    // ="TYOALUE.X("&A1 is a built-in concatenation of a string literal; the second formula
    // concatenates the result of a real add-in call.
    const mention = '<c r="A1" t="str"><f>&quot;TYOALUE.X(&quot;&amp;A1</f><v>TYOALUE.X(1</v></c>';
    expect(stripAddinFormulas(sheet(mention)).replaced).toBe(0);
    const call =
      '<c r="A2" t="str"><f>&quot;n=&quot;&amp;_xldudf_TYOALUE_LABOURFORCE(B1:B3)</f><v>n=6</v></c>';
    expect(stripAddinFormulas(sheet(call)).replaced).toBe(1);
  });
  it("strips the children of a shared add-in formula, not those of another shared formula", () => {
    const out = stripAddinFormulas(
      sheet(
        '<c r="C1"><f t="shared" ref="C1:C2" si="0">_xldudf_TYOALUE_CASELOAD(A1,B1)</f><v>125.4</v></c>' +
          '<c r="C2"><f t="shared" si="0"/><v>100</v></c>' +
          '<c r="D1"><f t="shared" ref="D1:D2" si="1">A1*2</f><v>2</v></c><c r="D2"><f t="shared" si="1"/><v>4</v></c>'
      )
    );
    expect(out.replaced).toBe(2);
    expect(out.xml).toContain('<c r="C2"><v>100</v></c>');
    expect(out.xml).toContain('<c r="D2"><f t="shared" si="1"/><v>4</v></c>');
  });
});
