/**
 * What one API key may do: all tools, or read-only ones (the tool definition's `readOnly` flag);
 * every advertiser of its organisation, or some (enforced where accounts are resolved, in
 * accounts.ts, so no tool can act on another).
 */
import { AppError } from '../errors.js';
import type { AnyTool, Caller } from './tool.js';

export interface KeyScope {
  readOnly: boolean;
  /** Null: every advertiser of the organisation. */
  advertiserIds: string[] | null;
}

export const FULL_SCOPE: KeyScope = { readOnly: false, advertiserIds: null };

export function readScope(record: { read_only: number; advertiser_ids: string | null }): KeyScope {
  return {
    readOnly: record.read_only === 1,
    advertiserIds: record.advertiser_ids === null ? null : (JSON.parse(record.advertiser_ids) as string[]),
  };
}

/** Refuses a write tool to a read-only key, before anything else about the call is looked at. */
export function assertToolAllowed(tool: AnyTool, caller: Caller): void {
  if (caller.scope.readOnly && !tool.readOnly) {
    throw new AppError(
      'permission_denied',
      `This API key is read-only, and ${tool.name} writes to TikTok. Use a key that may write (an operator sets this on the key), or call a read-only tool.`,
      { details: { reason: 'read_only_key', tool: tool.name } },
    );
  }
}

export function advertiserAllowed(scope: KeyScope, advertiserId: string): boolean {
  return scope.advertiserIds === null || scope.advertiserIds.includes(advertiserId);
}
