/** Operator use cases on organisations, shared by the CLI and the tests. */
import { TIERS, type Tier } from '../config.js';
import { newId } from '../core/ids.js';
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

export async function requireOrganization(
  gateway: Pick<Gateway, 'store'>,
  id: string,
): Promise<Organization> {
  const org = await gateway.store.organizations.get(id);
  if (!org)
    throw new AppError(
      'invalid_request',
      `No organisation has the id "${id}"; \`adgate orgs list\` shows them.`,
    );
  return org;
}
