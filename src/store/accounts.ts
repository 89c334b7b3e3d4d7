import type { Db } from './db.js';
import type { AccountStatus, ConnectedAccountsTable } from './schema.js';

export type ConnectedAccount = ConnectedAccountsTable;

export class AccountStore {
  constructor(private readonly db: Db) {}

  /**
   * Connects advertisers, or replaces their token and details when they are connected already. One
   * transaction: a connection adds every advertiser of a grant or none.
   */
  async upsertAll(accounts: ConnectedAccount[]): Promise<void> {
    await this.db.kysely.transaction().execute(async (trx) => {
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
    return this.db.kysely
      .selectFrom('connected_accounts')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('name')
      .orderBy('advertiser_id')
      .execute();
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
    await this.db.kysely
      .updateTable('connected_accounts')
      .set({ status, updated_at: at })
      .where('organization_id', '=', organizationId)
      .where('advertiser_id', '=', advertiserId)
      .execute();
  }

  async setDetails(
    organizationId: string,
    advertiserId: string,
    details: { currency: string; timezone: string },
    at: string,
  ): Promise<void> {
    await this.db.kysely
      .updateTable('connected_accounts')
      .set({ ...details, updated_at: at })
      .where('organization_id', '=', organizationId)
      .where('advertiser_id', '=', advertiserId)
      .execute();
  }

  async remove(organizationId: string, advertiserId: string): Promise<boolean> {
    const result = await this.db.kysely
      .deleteFrom('connected_accounts')
      .where('organization_id', '=', organizationId)
      .where('advertiser_id', '=', advertiserId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
