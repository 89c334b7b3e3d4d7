/** Recorded launches and asset bundles: what a multi-step launch has done so far, and prepared images. */
import type { Db } from './db.js';
import type { AssetBundlesTable, CarouselCardsTable, LaunchesTable } from './schema.js';

export type LaunchRecord = LaunchesTable;
export type AssetBundleRecord = AssetBundlesTable;
export type CarouselCardRecord = CarouselCardsTable;

export class LaunchStore {
  constructor(private readonly db: Db) {}

  async get(organizationId: string, launchKey: string): Promise<LaunchRecord | undefined> {
    return this.db.kysely
      .selectFrom('launches')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('launch_key', '=', launchKey)
      .executeTakeFirst();
  }

  /** Creates the record, or leaves an existing one as it is; returns what is stored. */
  async open(record: LaunchRecord): Promise<LaunchRecord> {
    await this.db.kysely
      .insertInto('launches')
      .values(record)
      .onConflict((oc) => oc.columns(['organization_id', 'launch_key']).doNothing())
      .execute();
    return (await this.get(record.organization_id, record.launch_key)) as LaunchRecord;
  }

  async saveSteps(organizationId: string, launchKey: string, steps: string, at: string): Promise<void> {
    await this.db.kysely
      .updateTable('launches')
      .set({ steps, updated_at: at })
      .where('organization_id', '=', organizationId)
      .where('launch_key', '=', launchKey)
      .execute();
  }

  /** Inserts a bundle; a resumed call that made it already keeps the first one. */
  async insertBundle(record: AssetBundleRecord): Promise<void> {
    await this.db.kysely
      .insertInto('asset_bundles')
      .values(record)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async getBundle(organizationId: string, id: string): Promise<AssetBundleRecord | undefined> {
    return this.db.kysely
      .selectFrom('asset_bundles')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Inserts a carousel card; a resumed call that made it already keeps the first one. */
  async insertCard(record: CarouselCardRecord): Promise<void> {
    await this.db.kysely
      .insertInto('carousel_cards')
      .values(record)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async getCard(organizationId: string, id: string): Promise<CarouselCardRecord | undefined> {
    return this.db.kysely
      .selectFrom('carousel_cards')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst();
  }
}
