// Known failures carry their exit code; main.ts prints them without a stack.
export class CsspError extends Error {
  constructor(message: string, readonly hint?: string, readonly exitCode = 2) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad flags or arguments (exit 2). */
export class UsageError extends CsspError {}

/** A missing or invalid cssp.config.yaml or plan folder (exit 2). */
export class ConfigError extends CsspError {}

/** Ctrl+C at a prompt: main.ts prints "Cancelled" and exits 130 (the shell's code for an interrupt). */
export class CancelledError extends CsspError {
  constructor() {
    super('Cancelled', undefined, 130);
  }
}
