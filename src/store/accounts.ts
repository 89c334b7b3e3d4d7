import { LiveCache } from './changes.js';
import type { Db } from './db.js';
import type { AccountStatus, ConnectedAccountsTable } from './schema.js';

export type ConnectedAccount = ConnectedAccountsTable;

export class AccountStore {
  private readonly ofOrganization;
  /** Every TikTok call reads its organisation's accounts: kept while every change reaches this process. */
  private readonly cache: LiveCache<ConnectedAccount[]>;

  constructor(private readonly db: Db) {
    this.cache = new LiveCache(db.changes, 'accounts');
    // Every TikTok tool call picks its account from this list.
    this.ofOrganization = db.hot.query<{ organization_id: string }, ConnectedAccount>(
      'adgate_accounts_of_organization',
      'select * from connected_accounts where organization_id = @organization_id order by name, advertiser_id',
    );
  }

  /**
   * Connects advertisers, or replaces their token and details when they are connected already. One
   * transaction: a connection adds every advertiser of a grant or none.
   */
  async upsertAll(accounts: ConnectedAccount[]): Promise<void> {
    await this.db.changes.write(this.db.kysely, 'accounts', async (trx) => {
      for (const account of accounts) {
        await trx
          .insertInto('connected_accounts')
          .values(account)
          .onConflict((oc) =>
            oc.columns(['organization_id', 'advertiser_id']).doUpdateSet({
              name: account.name,
              access_token_enc: account.access_token_enc,
              status: account.status,
              currency: account.currency,
              timezone: account.timezone,
              updated_at: account.updated_at,
            }),
          )
          .execute();
      }
    });
  }

  async listByOrganization(organizationId: string): Promise<ConnectedAccount[]> {
    return (
      (await this.cache.get(
        organizationId,
        async () => (await this.ofOrganization.run({ organization_id: organizationId })).rows,
      )) ?? []
    );
  }

  async get(organizationId: string, advertiserId: string): Promise<ConnectedAccount | undefined> {
    return this.db.kysely
      .selectFrom('connected_accounts')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('advertiser_id', '=', advertiserId)
      .executeTakeFirst();
  }

  async setStatus(
    organizationId: string,
    advertiserId: string,
    status: AccountStatus,
    at: string,
  ): Promise<void> {
    await this.db.changes.write(this.db.kysely, 'accounts', async (trx) => {
      await trx
        .updateTable('connected_accounts')
        .set({ status, updated_at: at })
        .where('organization_id', '=', organizationId)
        .where('advertiser_id', '=', advertiserId)
        .execute();
    });
  }

  async setDetails(
    organizationId: string,
    advertiserId: string,
    details: { currency: string; timezone: string },
    at: string,
  ): Promise<void> {
    await this.db.changes.write(this.db.kysely, 'accounts', async (trx) => {
      await trx
        .updateTable('connected_accounts')
        .set({ ...details, updated_at: at })
        .where('organization_id', '=', organizationId)
        .where('advertiser_id', '=', advertiserId)
        .execute();
    });
  }

  async remove(organizationId: string, advertiserId: string): Promise<boolean> {
    return this.db.changes.write(this.db.kysely, 'accounts', async (trx) => {
      const result = await trx
        .deleteFrom('connected_accounts')
        .where('organization_id', '=', organizationId)
        .where('advertiser_id', '=', advertiserId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }
}
