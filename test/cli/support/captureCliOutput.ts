/**
 * Captures what the CLI writes to stdout and stderr during each test of the calling file:
 * call once at the top level; the returned arrays are emptied before every test (and may be
 * emptied mid-test with `clear`), and the real streams come back after each test.
 */
export function captureCliOutput(): {
  readonly out: string[];
  readonly err: string[];
  readonly clear: () => void;
} {
  const out: string[] = [];
  const err: string[] = [];
  const clear = () => {
    out.length = 0;
    err.length = 0;
  };
  beforeEach(() => {
    clear();
    jest.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
    jest.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => jest.restoreAllMocks());
  return { out, err, clear };
}
