/**
 * Connecting TikTok advertisers with an access token in hand (the OAuth flow is in connections.ts).
 * The token is verified with TikTok before it is stored, encrypted, and each advertiser's name,
 * currency and timezone are recorded.
 */
import type { AdvertiserToConnect } from '../core/accounts.js';
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';
import type { AdvertiserInfo, TikTokClient } from '../tiktok/client.js';
import { requireOrganization } from './organizations.js';
import { accountView } from './views.js';

/** TikTok answers /advertiser/info/ for at most 100 advertisers at a time (reference §3.3). */
const INFO_BATCH = 100;

/** `/advertiser/info/` for every id, in batches TikTok accepts; ids TikTok does not list are absent. */
export async function advertiserInfo(
  tiktok: Pick<TikTokClient, 'getAdvertiserInfo'>,
  accessToken: string,
  advertiserIds: string[],
): Promise<Map<string, AdvertiserInfo>> {
  const found = new Map<string, AdvertiserInfo>();
  for (let start = 0; start < advertiserIds.length; start += INFO_BATCH) {
    const batch = advertiserIds.slice(start, start + INFO_BATCH);
    const { data } = await tiktok.getAdvertiserInfo(accessToken, batch);
    for (const info of data.list) found.set(String(info.advertiser_id), info);
  }
  return found;
}

export async function connectWithToken(
  gateway: Pick<Gateway, 'store' | 'tiktok' | 'accounts'>,
  organizationId: string,
  accessToken: string,
  advertiserIds: string[] = [],
): Promise<AdvertiserToConnect[]> {
  const { id: orgId } = await requireOrganization(gateway, organizationId);
  const token = accessToken.trim();
  if (token === '') throw new AppError('invalid_request', 'The access token is empty.');
  for (const id of advertiserIds) {
    if (!/^\d+$/.test(id))
      throw new AppError('invalid_request', `"${id}" is not a TikTok advertiser id (digits only).`);
  }

  // Without ids, ask TikTok which advertisers the token may act for (this also verifies it).
  let ids = advertiserIds;
  if (ids.length === 0) {
    const { data } = await refusedToken(gateway.tiktok.getAuthorizedAdvertisers(token));
    ids = data.list.map((a) => String(a.advertiser_id));
    if (ids.length === 0)
      throw new AppError('invalid_request', 'TikTok says this token may act for no advertiser.');
  }
  const found = await refusedToken(advertiserInfo(gateway.tiktok, token, ids));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'invalid_request',
      `This token cannot read advertiser ${missing.join(', ')}; check the ids.`,
    );
  }
  const advertisers: AdvertiserToConnect[] = ids.map((id) => {
    const info = found.get(id);
    return { advertiserId: id, name: info?.name ?? id, currency: info?.currency, timezone: info?.timezone };
  });
  await gateway.accounts.connect(orgId, token, advertisers);
  return advertisers;
}

/** A token TikTok refuses is the operator's input error here, not a stored account going stale. */
async function refusedToken<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof AppError && error.code === 'account_reauth_required') {
      throw new AppError(
        'invalid_request',
        'TikTok does not accept this access token; check it and try again.',
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

export async function listConnections(gateway: Pick<Gateway, 'store' | 'accounts'>, orgRef: string) {
  const org = await requireOrganization(gateway, orgRef);
  return (await gateway.accounts.list(org.id)).map(accountView);
}

/** Forgets an advertiser and its token. */
export async function disconnectAccount(
  gateway: Pick<Gateway, 'store' | 'accounts'>,
  orgRef: string,
  advertiserId: string,
): Promise<{ advertiser_id: string; disconnected: true }> {
  const org = await requireOrganization(gateway, orgRef);
  if (!(await gateway.accounts.disconnect(org.id, advertiserId))) {
    throw new AppError(
      'not_found',
      `Advertiser ${advertiserId} is not connected to ${org.name} (${org.id}).`,
    );
  }
  return { advertiser_id: advertiserId, disconnected: true };
}
