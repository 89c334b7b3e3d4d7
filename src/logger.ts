/**
 * The process logger. Secrets never reach it by design (no handler logs headers, bodies or tokens);
 * the redaction list is the second line of defence, and a test checks both.
 */
import { type DestinationStream, type Logger, pino } from 'pino';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'accessToken',
  'access_token',
  '*.accessToken',
  '*.access_token',
  'secret',
  '*.secret',
  'apiKey',
  '*.apiKey',
  'auth_code',
  '*.auth_code',
  'authCode',
  '*.authCode',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}
