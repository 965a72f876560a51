import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError } from "./cliError";

/** The file a write to `path` lands in: a symlink's target, else the path itself. */
export function writeTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Temporary files being written; removed if the process is interrupted. */
const pending = new Set<string>();

/**
 * On SIGINT/SIGTERM: remove the temporary files, then end by the same signal (the shell sees
 * an interrupted command). Installed with the first write and kept, so that a signal that
 * arrives while a write runs is handled when the write returns, never lost.
 */
function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  process.kill(process.pid, signal);
}

function guardSignals(): void {
  if (process.listeners("SIGINT").includes(onSignal)) return;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

/**
 * Writes a file whole or not at all: into a temporary file beside the target (a symlink is
 * followed, so the link stays a link), with the old file's mode, flushed, then renamed over it.
 * SIGINT/SIGTERM remove the temporary file; any failure removes it and leaves the old file as
 * it was.
 */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const target = writeTarget(path);
  let mode: number | undefined; // a new file: the default mode, less the umask
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    // no file yet
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  guardSignals();
  pending.add(tmp);
  try {
    const fd = openSync(tmp, "wx");
    try {
      if (mode !== undefined) fchmodSync(fd, mode); // exactly the old mode, whatever the umask
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliError("write.failed", { path, why });
  } finally {
    pending.delete(tmp);
  }
}
