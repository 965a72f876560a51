import { realpathSync } from "node:fs";
import { resolve } from "node:path";

/** Whether two paths name the same file (symlinks followed; a missing path is only itself). */
export function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}
