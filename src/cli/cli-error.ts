/** A failure the CLI reports as one line on stderr with an exit status (2: the input cannot be used). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2
  ) {
    super(message);
    this.name = "CliError";
  }
}
