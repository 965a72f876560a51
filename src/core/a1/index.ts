/** A1 references: one home for column letters, cells, ranges and quoted sheet names. */
export { columnIndex, columnLetters } from "./column";
export {
  absoluteCellAddress,
  cellAddress,
  isCellReference,
  parseCell,
  type CellAddress,
} from "./cell";
export {
  blockAddress,
  inRange,
  isReference,
  parseRange,
  rangeAddress,
  type RangeAddress,
} from "./range";
export { quoteSheet } from "./quoteSheet";
