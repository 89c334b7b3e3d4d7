import { ConfigError } from '../config.js';
import { AppError } from '../errors.js';

/** A failure the operator can act on: printed as one line, exit code 2. */
export class CliError extends Error {
  static from(error: unknown, context?: string): CliError {
    if (error instanceof CliError) return error;
    if (error instanceof AppError || error instanceof ConfigError) return new CliError(error.message);
    const reason = error instanceof Error ? error.message : String(error);
    return new CliError(context ? `${context}: ${reason}` : reason);
  }
}
