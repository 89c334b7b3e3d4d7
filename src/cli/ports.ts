import { CliError } from './errors.js';

export function parsePort(value: string, flag: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`${flag} must be 0 to 65535, not "${value}".`);
  return port;
}
