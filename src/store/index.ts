import { sql } from 'kysely';
import { AccountStore } from './accounts.js';
import { AdminKeyStore } from './admin-keys.js';
import { ApiKeyStore } from './api-keys.js';
import { AuditLogStore } from './audit-log.js';
import { type CallStore, callStore } from './calls.js';
import { ConsoleSessionStore } from './console-sessions.js';
import { type Db, type OpenOptions, openDatabase } from './db.js';

export type { OpenOptions };

import { IdempotencyStore } from './idempotency.js';
import { LaunchStore } from './launches.js';
import { OAuthStateStore } from './oauth-states.js';
import { OrganizationStore } from './organizations.js';
import { SpendStore } from './spend.js';
import { UsageStore } from './usage.js';
import { UsageHistoryStore } from './usage-history.js';

/** Every table family behind one handle; the only code that talks SQL is under store/. */
export interface Store {
  db: Db;
  organizations: OrganizationStore;
  apiKeys: ApiKeyStore;
  usage: UsageStore;
  idempotency: IdempotencyStore;
  accounts: AccountStore;
  oauthStates: OAuthStateStore;
  launches: LaunchStore;
  adminKeys: AdminKeyStore;
  spend: SpendStore;
  audit: AuditLogStore;
  usageHistory: UsageHistoryStore;
  /** The hot path's writes of a tool call, before and after its tool runs. */
  calls: CallStore;
  consoleSessions: ConsoleSessionStore;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openStore(url: string, options: OpenOptions = {}): Promise<Store> {
  const db = await openDatabase(url, options);
  return {
    db,
    organizations: new OrganizationStore(db),
    apiKeys: new ApiKeyStore(db),
    usage: new UsageStore(db),
    idempotency: new IdempotencyStore(db),
    accounts: new AccountStore(db),
    oauthStates: new OAuthStateStore(db),
    launches: new LaunchStore(db),
    adminKeys: new AdminKeyStore(db),
    spend: new SpendStore(db),
    audit: new AuditLogStore(db),
    usageHistory: new UsageHistoryStore(db),
    calls: callStore(db),
    consoleSessions: new ConsoleSessionStore(db),
    ping: async () => {
      await sql`select 1`.execute(db.kysely);
    },
    close: () => db.close(),
  };
}
