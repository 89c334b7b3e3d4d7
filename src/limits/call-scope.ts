/**
 * Who a tool call runs for, carried through async calls without threading it through every tool:
 * the executor opens the scope around a tool's run, and the TikTok capacity scheduler reads it to
 * queue the call under its organisation.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Tier } from '../config.js';

export interface CallScope {
  organizationId: string;
  tier: Tier;
}

const storage = new AsyncLocalStorage<CallScope>();

export function runInCallScope<T>(scope: CallScope, run: () => T): T {
  return storage.run(scope, run);
}

/** The scope of the tool call this code runs in, if any (OAuth exchanges run outside any). */
export function currentCallScope(): CallScope | undefined {
  return storage.getStore();
}
