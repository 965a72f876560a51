import {
  closeSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError } from "./cli-error";

/** The file a write to `path` lands in: a symlink's target, else the path itself. */
export function writeTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Writes a file whole or not at all: into a temporary file beside the target (a symlink is
 * followed, so the link stays a link), with the old file's mode, flushed, then renamed over it.
 * SIGINT/SIGTERM during the write remove the temporary file before the process ends; any
 * failure removes it and leaves the old file untouched.
 */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const target = writeTarget(path);
  let mode = 0o666;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    // a new file: the default mode, less the umask
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const cleanUp = () => rmSync(tmp, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    process.kill(process.pid, signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const fd = openSync(tmp, "wx", mode);
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    cleanUp();
    throw new CliError(
      `${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`
    );
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
