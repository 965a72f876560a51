import fc from "fast-check";
import { rectangles } from "../../src/host/rectangles";

const cover = (rs: ReturnType<typeof rectangles>) =>
  rs.flatMap((r) =>
    Array.from(
      { length: r.rows * r.cols },
      (_, i) => `${r.row + Math.floor(i / r.cols)},${r.col + (i % r.cols)}`
    )
  );

describe("rectangles", () => {
  it("merges a column of equal rows into one rectangle", () => {
    const cells = Array.from({ length: 308 }, (_, r) => [
      [r + 4, 2],
      [r + 4, 3],
      [r + 4, 4],
    ]).flat() as [number, number][];
    expect(rectangles(cells)).toEqual([{ row: 4, col: 2, rows: 308, cols: 3 }]);
  });

  it("keeps a gap row and a differently wide row apart", () => {
    // rows 0–1 columns 0–1, row 3 columns 0–1 (gap at row 2), row 4 column 0 only
    const cells: [number, number][] = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [3, 0],
      [3, 1],
      [4, 0],
    ];
    expect(rectangles(cells)).toEqual([
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 3, col: 0, rows: 1, cols: 2 },
      { row: 4, col: 0, rows: 1, cols: 1 },
    ]);
  });

  it("covers exactly the given cells, each once, in any order", () => {
    const cell = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 8 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), (cells) => {
        const covered = cover(rectangles(cells));
        const wanted = [...new Set(cells.map(([r, c]) => `${r},${c}`))];
        expect(covered.length).toBe(new Set(covered).size);
        expect(new Set(covered)).toEqual(new Set(wanted));
      })
    );
  });
});
