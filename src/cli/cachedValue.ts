import { xmlText } from "../templates/package/xmlText";
import type { XmlCell } from "../templates/package/sheetCells";
import type { CachedValue } from "./cellValues";

const EPOCH = Date.UTC(1899, 11, 30);

/** The value a cell element caches (shared strings resolved; a `t="d"` date as a serial day). */
export function cachedValue(c: XmlCell, strings: readonly string[]): CachedValue {
  if (c.type === "inlineStr") return c.inline ?? "";
  if (c.v === undefined) return null;
  switch (c.type) {
    case "s":
      return strings[Number(c.v)] ?? "";
    case "str":
      return xmlText(c.v);
    case "b":
      return c.v === "1" || c.v === "true";
    case "e":
      return { error: xmlText(c.v) };
    case "d":
      return (Date.parse(`${c.v}Z`) - EPOCH) / 86400000;
    default:
      return Number(c.v);
  }
}
