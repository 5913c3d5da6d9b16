/** A refusal meant for the person at the console: the command prints its message, not a stack trace. */
export class Refusal extends Error {}

/** Prints a refusal and sets exit code 1; any other error is rethrown. */
export function reportRefusal(error: unknown): void {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

/** Prints a refusal and ends the command with exit code 1; any other error is rethrown. */
export function exitOnRefusal(error: unknown): never {
  reportRefusal(error);
  process.exit();
}
