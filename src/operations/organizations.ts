/** Operator use cases on organisations, shared by the CLI, the admin API and the console. */
import { TIERS, type Tier } from '../config.js';
import { newId } from '../core/ids.js';
import { parseSpendLimits, writeSpendLimits } from '../core/spend-limits.js';
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';
import type { Organization } from '../store/organizations.js';

export function parseTier(value: string): Tier {
  if (!TIERS.includes(value as Tier)) {
    throw new AppError('invalid_request', `"${value}" is not a tier; use one of ${TIERS.join(', ')}.`);
  }
  return value as Tier;
}

export async function createOrganization(
  gateway: Pick<Gateway, 'store' | 'clock'>,
  input: { name: string; tier?: Tier; billingAnchorDay?: number },
): Promise<Organization> {
  const name = input.name.trim();
  if (name === '') throw new AppError('invalid_request', 'An organisation needs a name.');
  const anchor = input.billingAnchorDay ?? 1;
  if (!Number.isInteger(anchor) || anchor < 1 || anchor > 31) {
    throw new AppError('invalid_request', 'The billing anchor day must be a day of the month, 1 to 31.');
  }
  const org: Organization = {
    id: newId('org'),
    name,
    tier: input.tier ?? 'free',
    billing_anchor_day: anchor,
    created_at: gateway.clock.now().toISOString(),
    spend_limits: null,
  };
  await gateway.store.organizations.insert(org);
  return org;
}

/** By id (`org_...`), or by name when exactly one organisation has it. */
export async function requireOrganization(
  gateway: Pick<Gateway, 'store'>,
  ref: string,
): Promise<Organization> {
  const org = await gateway.store.organizations.get(ref);
  if (org) return org;
  const named = ref.startsWith('org_') ? [] : await gateway.store.organizations.findByName(ref);
  if (named.length === 1) return named[0] as Organization;
  if (named.length > 1) {
    throw new AppError(
      'invalid_request',
      `${named.length} organisations are named "${ref}" (${named.map((o) => o.id).join(', ')}); use the id.`,
    );
  }
  throw new AppError(
    'not_found',
    `No organisation has the id or name "${ref}"; \`adgate orgs list\` shows them.`,
  );
}

export function listOrganizations(gateway: Pick<Gateway, 'store'>): Promise<Organization[]> {
  return gateway.store.organizations.list();
}

export async function updateOrganization(
  gateway: Pick<Gateway, 'store'>,
  ref: string,
  changes: { tier?: string; spendLimits?: unknown },
): Promise<Organization> {
  const org = await requireOrganization(gateway, ref);
  const tier = changes.tier === undefined ? undefined : parseTier(changes.tier);
  const limits = changes.spendLimits === undefined ? undefined : parseSpendLimits(changes.spendLimits);
  if (tier !== undefined) await gateway.store.organizations.setTier(org.id, tier);
  if (limits !== undefined)
    await gateway.store.organizations.setSpendLimits(org.id, writeSpendLimits(limits));
  return requireOrganization(gateway, org.id);
}

/** Deletes the organisation with its keys, accounts (and their tokens) and counters. */
export async function deleteOrganization(
  gateway: Pick<Gateway, 'store'>,
  ref: string,
): Promise<Organization> {
  const org = await requireOrganization(gateway, ref);
  await gateway.store.organizations.delete(org.id);
  return org;
}
