/** A failure the operator can act on: printed as one message, exit code 1, no stack trace. */
export class BackupError extends Error {
  override name = "BackupError";
}
