/**
 * The figures of a scenario block's parameter rows (each row's key names its value cell) and
 * where the rows are written: the types shared by the parameters, the agreement's rows and
 * the comparison table.
 */
import type { Grid } from "./cells";

type Three<K extends string> = `${K}${0 | 1 | 2}`;
export type BlockFigure =
  | "model"
  | "fixedPart"
  | "usePart"
  | "minimum"
  | "amount"
  | "workingAgeWeight"
  | "capRatio"
  | "budget"
  | "budget1"
  | "budget2"
  | Three<"target">
  | "transferFte"
  | "memberCount"
  | "labourForce"
  | "meetsMinimum"
  | "shortfall"
  | "contiguous"
  | "subsidyTotal"
  | "paymentCap"
  | "headroom"
  | "headroom1"
  | "headroom2"
  | Three<"clients">
  | Three<"staffNeeded">
  | "staffTotal";

/** Where the block is: its header row, the label column, member columns and value cells. */
export interface ParamPlace {
  readonly head: number;
  readonly paramCol: number;
  /** The member rows of a 0-based column, absolute (`$C$5:$C$14`). */
  readonly col: (c: number) => string;
  /** The value cell of the n-th row (1-based) below the header, absolute. */
  readonly ref: (n: number) => string;
}

export type Cell = Parameters<Grid["put"]>[2];
export type Row = [BlockFigure, string, () => Cell];
