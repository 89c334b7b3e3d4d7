/** An organisation's quota this period and its calls over time, per tool and per key. */
import type { Gateway } from '../gateway.js';
import { requireOrganization } from './organizations.js';

const MAX_DAYS = 366;

export async function usageReport(
  gateway: Pick<Gateway, 'store' | 'quota' | 'clock'>,
  orgRef: string,
  days = 30,
) {
  const org = await requireOrganization(gateway, orgRef);
  const span = Math.min(Math.max(1, Math.trunc(days)), MAX_DAYS);
  const now = gateway.clock.now();
  const since = new Date(now.getTime() - (span - 1) * 86_400_000).toISOString().slice(0, 10);
  const quota = await gateway.quota.snapshot(org.id);
  const history = await gateway.store.usageHistory.list(org.id, since);
  return {
    organization_id: org.id,
    ...quota,
    since,
    until: now.toISOString().slice(0, 10),
    days: history.map((row) => ({
      day: row.day,
      tool: row.tool,
      key_id: row.key_id,
      calls: Number(row.calls),
      billed: Number(row.billed),
      errors: Number(row.errors),
    })),
  };
}

export type UsageReport = Awaited<ReturnType<typeof usageReport>>;
