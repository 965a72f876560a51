import type { Command } from "commander";

/** A subcommand: adds itself to the program. */
export type CommandRegistration = (program: Command) => void;

const registrations: CommandRegistration[] = [];

/** Registers a subcommand; each command module calls this once when imported (see commands.ts). */
export function command(register: CommandRegistration): void {
  registrations.push(register);
}

/** Every registered subcommand, in import order. */
export function registeredCommands(): readonly CommandRegistration[] {
  return registrations;
}

/** The exit status the running command asks for (1 when `calc --check` finds differences). */
export const outcome = { exitCode: 0 };
