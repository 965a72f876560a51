/**
 * The styles part of an exported sheet: one cell format (xf) per combination of number
 * format and visual role that the sheet uses, in the order first used.
 */
import type { CellStyle } from "../SheetSpec";
import { argbOf } from "../../core";
import { DIFFERS_LOOK } from "../differs";
import { STYLE_LOOK } from "../styleLook";
import { esc, MAIN_NS, XML_HEAD } from "./xml";

const ROLES: readonly CellStyle[] = ["title", "header", "input", "result", "note"];

/** Differential style 0: how a cell that differs from its base looks (see differs.ts). */
const DIFFERS_DXF =
  `<dxfs count="1"><dxf><font>${DIFFERS_LOOK.bold ? "<b/>" : ""}<color rgb="${argbOf(DIFFERS_LOOK.font)}"/></font>` +
  `<fill><patternFill patternType="solid"><bgColor rgb="${argbOf(DIFFERS_LOOK.fill)}"/></patternFill></fill></dxf></dxfs>`;

/** Collects the (number format, role) pairs of a sheet and gives each its xf index. */
export class StyleTable {
  private readonly keys: string[] = ["General|"];

  /** The xf index of a cell with `format` and `role` (0 = General, no role). */
  index(format: string, role: CellStyle | undefined): number {
    const key = `${format}|${role ?? ""}`;
    const i = this.keys.indexOf(key);
    return i >= 0 ? i : this.keys.push(key) - 1;
  }

  /** xl/styles.xml; with the differential style of highlights when `differs`. */
  xml(differs = false): string {
    const formats = [...new Set(this.keys.map((k) => k.split("|")[0]))].filter(
      (f) => f !== "General"
    );
    const numFmtId = (f: string) => (f === "General" ? 0 : 164 + formats.indexOf(f));
    const look = (role: string) => STYLE_LOOK[role as CellStyle] ?? {};
    const fonts = ["", ...ROLES].map((role) => {
      const l = look(role);
      const b = l.bold ? "<b/>" : "";
      const i = l.italic ? "<i/>" : "";
      return `<font>${b}${i}<sz val="${l.size ?? 11}"/><name val="Calibri"/></font>`;
    });
    const fills = ["", ...ROLES].map((role) => {
      const color = look(role).fill?.replace("#", "FF");
      return color
        ? `<fill><patternFill patternType="solid"><fgColor rgb="${color}"/></patternFill></fill>`
        : '<fill><patternFill patternType="none"/></fill>';
    });
    const xfs = this.keys.map((k) => {
      const [format, role] = k.split("|");
      const n = role ? ROLES.indexOf(role as CellStyle) + 1 : 0;
      const fill = n && look(role).fill ? n + 1 : 0; // fills 0 and 1 are reserved (none, gray125)
      return `<xf numFmtId="${numFmtId(format)}" fontId="${n}" fillId="${fill}" borderId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>`;
    });
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      `<numFmts count="${formats.length}">${formats
        .map((f) => `<numFmt numFmtId="${numFmtId(f)}" formatCode="${esc(f)}"/>`)
        .join("")}</numFmts>` +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
      `<fills count="${fills.length + 1}">${fills[0]}<fill><patternFill patternType="gray125"/></fill>${fills.slice(1).join("")}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      (differs ? DIFFERS_DXF : "") +
      "</styleSheet>"
    );
  }
}
