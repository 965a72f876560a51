import { adapterOf } from "./adapt";
import { CATALOGUE } from "./catalogue";
import type { ExcelArg } from "./excelValue";
import { toExcel } from "./toExcel";

/** What Excel's `CustomFunctions.associate` does: binds a metadata id to a function. */
export type Associate = (id: string, f: (...args: ExcelArg[]) => unknown) => void;

/**
 * Binds every catalogue id to its adapter, each call's result handed to Excel by `toExcel`
 * (a value, or a thrown `CustomFunctions.Error`).
 */
export function associateAll(associate: Associate): void {
  for (const entry of CATALOGUE) {
    const adapter = adapterOf(entry);
    associate(entry.id, (...args) => toExcel(adapter(...args)));
  }
}
