/**
 * Connected TikTok advertiser accounts: connecting (token encrypted at rest), listing, and picking
 * the account a call acts on (API contract, section 7).
 */
import type { TokenCipher } from '../crypto/token-cipher.js';
import { AppError } from '../errors.js';
import type { ConnectedAccount } from '../store/accounts.js';
import type { Store } from '../store/index.js';
import type { Clock } from './clock.js';
import { newId } from './ids.js';
import { advertiserAllowed, FULL_SCOPE, type KeyScope } from './scopes.js';
import type { AccountResolver, ResolvedAccount } from './tool.js';

export interface AdvertiserToConnect {
  advertiserId: string;
  name: string;
  currency?: string | undefined;
  timezone?: string | undefined;
}

function cipherContext(organizationId: string, advertiserId: string): string {
  return `${organizationId}:${advertiserId}`;
}

function label(account: ConnectedAccount): string {
  return `${account.name} (advertiser_id="${account.advertiser_id}")`;
}

/** Decrypted tokens by ciphertext: AES-GCM on every call was ~1.5 % of a call's CPU in the profile. */
const MAX_TOKENS = 1000;

/** A key limited to some advertisers names another: refused, saying which it may use. */
function requireAllowed(scope: KeyScope, advertiserId: string): void {
  if (advertiserAllowed(scope, advertiserId)) return;
  throw new AppError(
    'permission_denied',
    `This API key may act only on advertiser ${(scope.advertiserIds ?? []).join(', ')}, not on ${advertiserId}. Use a key allowed for that advertiser.`,
    {
      details: {
        reason: 'advertiser_not_allowed',
        advertiser_id: advertiserId,
        allowed: scope.advertiserIds,
      },
    },
  );
}

export class AccountService {
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly cipher: TokenCipher,
    private readonly clock: Clock,
  ) {}

  async connect(
    organizationId: string,
    accessToken: string,
    advertisers: AdvertiserToConnect[],
  ): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.store.accounts.upsertAll(
      advertisers.map((advertiser) => ({
        id: newId('acct'),
        organization_id: organizationId,
        advertiser_id: advertiser.advertiserId,
        name: advertiser.name,
        access_token_enc: this.cipher.encrypt(
          accessToken,
          cipherContext(organizationId, advertiser.advertiserId),
        ),
        status: 'active',
        currency: advertiser.currency ?? null,
        timezone: advertiser.timezone ?? null,
        connected_at: now,
        updated_at: now,
      })),
    );
  }

  list(organizationId: string): Promise<ConnectedAccount[]> {
    return this.store.accounts.listByOrganization(organizationId);
  }

  disconnect(organizationId: string, advertiserId: string): Promise<boolean> {
    return this.store.accounts.remove(organizationId, advertiserId);
  }

  /** The accounts of an organisation as one key sees them: only the advertisers its scope allows. */
  async listFor(organizationId: string, scope: KeyScope): Promise<ConnectedAccount[]> {
    const accounts = await this.store.accounts.listByOrganization(organizationId);
    return accounts.filter((a) => advertiserAllowed(scope, a.advertiser_id));
  }

  resolverFor(organizationId: string, scope: KeyScope = FULL_SCOPE): AccountResolver {
    return {
      resolve: (advertiserId) => this.resolve(organizationId, advertiserId, scope),
      list: () => this.listFor(organizationId, scope),
      markReauthRequired: (advertiserId) =>
        this.store.accounts.setStatus(
          organizationId,
          advertiserId,
          'reauth_required',
          this.clock.now().toISOString(),
        ),
      rememberDetails: (advertiserId, details) =>
        this.store.accounts.setDetails(organizationId, advertiserId, details, this.clock.now().toISOString()),
    };
  }

  /**
   * The ciphertext names its plaintext (a new token is a new ciphertext), so a cached one is never
   * stale; the process holds the key that decrypts them all anyway.
   */
  private accessToken(account: ConnectedAccount): string {
    const cacheKey = `${account.organization_id}:${account.advertiser_id}:${account.access_token_enc}`;
    let token = this.tokens.get(cacheKey);
    if (token === undefined) {
      token = this.cipher.decrypt(
        account.access_token_enc,
        cipherContext(account.organization_id, account.advertiser_id),
      );
      if (this.tokens.size >= MAX_TOKENS) this.tokens.clear();
      this.tokens.set(cacheKey, token);
    }
    return token;
  }

  private async resolve(
    organizationId: string,
    advertiserId: string | undefined,
    scope: KeyScope,
  ): Promise<ResolvedAccount> {
    if (advertiserId !== undefined) requireAllowed(scope, advertiserId);
    // The key's scope narrows the accounts before any choice is made, so no tool can reach another.
    const accounts = await this.listFor(organizationId, scope);
    let account: ConnectedAccount | undefined;
    if (advertiserId !== undefined) {
      account = accounts.find((a) => a.advertiser_id === advertiserId);
      if (!account) {
        const connected = accounts.length > 0 ? ` Connected: ${accounts.map(label).join(', ')}.` : '';
        throw new AppError(
          'account_not_connected',
          `TikTok advertiser ${advertiserId} is not connected to your organisation.${connected}`,
        );
      }
    } else if (accounts.length === 1) {
      account = accounts[0] as ConnectedAccount;
    } else if (accounts.length === 0 && scope.advertiserIds !== null) {
      throw new AppError(
        'account_not_connected',
        `None of the advertisers this API key may act on (${scope.advertiserIds.join(', ')}) is connected to your organisation.`,
      );
    } else if (accounts.length === 0) {
      throw new AppError(
        'account_not_connected',
        'No TikTok advertiser account is connected to your organisation yet. Connect one first (the connect link, or `adgate accounts connect`).',
      );
    } else {
      throw new AppError(
        'account_selection_required',
        `You have ${accounts.length} tiktok_ads accounts connected. Please specify which account to use by passing the advertiser_id parameter:\n${accounts
          .map((a) => ` - ${label(a)}`)
          .join('\n')}`,
        {
          details: {
            accounts: accounts.map((a) => ({
              advertiser_id: a.advertiser_id,
              name: a.name,
              status: a.status,
            })),
          },
        },
      );
    }
    if (account.status === 'reauth_required') {
      throw new AppError(
        'account_reauth_required',
        `TikTok no longer accepts the stored authorisation for ${label(account)}. Reconnect the account (the connect link, or \`adgate accounts connect\`), then call again.`,
      );
    }
    return {
      advertiserId: account.advertiser_id,
      name: account.name,
      accessToken: this.accessToken(account),
      currency: account.currency ?? undefined,
      timezone: account.timezone ?? undefined,
    };
  }
}
