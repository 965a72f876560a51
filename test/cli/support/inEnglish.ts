/**
 * Pins the CLI's messages to English (LC_ALL=C, which outranks LC_MESSAGES and LANG) for the
 * tests of the calling file, whose expectations quote English messages; the locale the tests
 * were started in comes back afterwards. Call once at the top level.
 */
export function inEnglish(): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.LC_ALL;
    process.env.LC_ALL = "C";
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.LC_ALL;
    else process.env.LC_ALL = saved;
  });
}
