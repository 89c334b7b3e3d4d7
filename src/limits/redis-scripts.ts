/** What the Redis-backed limits share: their scripts as commands, and the error when Redis is away. */
import type { Redis } from 'ioredis';
import { AppError } from '../errors.js';

/** Redis stopped answering mid-flight: the call is refused cleanly, never run without its limits. */
export function sharedLimitsUnavailable(cause: unknown): AppError {
  return new AppError(
    'service_unavailable',
    'The gateway cannot reach the store of its shared limits right now; nothing was carried out. Call again in a moment.',
    { retryAfterSeconds: 1, cause },
  );
}

/** A Lua script as a command of this client (ioredis sends EVALSHA, and the script once if missing). */
export function scriptCommand<T>(redis: Redis, name: string, numberOfKeys: number, lua: string): T {
  const commands = redis as unknown as Record<string, unknown>;
  if (typeof commands[name] !== 'function') redis.defineCommand(name, { numberOfKeys, lua });
  return (commands[name] as (...args: unknown[]) => unknown).bind(redis) as T;
}
