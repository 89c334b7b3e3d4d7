/**
 * What lets the store cache the rows every call reads (a key with its organisation, an
 * organisation's connected accounts) without ever serving one that changed: on PostgreSQL, every
 * write to them sends a `NOTIFY` in its own transaction, and every instance `LISTEN`s on one
 * connection of its own and drops what it cached the moment a notification arrives. A revoked key
 * is refused at once on every instance.
 *
 * While that connection is down, nothing is cached or served from the cache (`live` is false) and
 * the feed reconnects. On SQLite, `PRAGMA data_version` tells the same (SqliteChangeFeed).
 */
import { EventEmitter } from 'node:events';
import { type Kysely, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type ChangeTopic = 'keys' | 'accounts';

const CHANNEL = 'adgate_changes';
const RECONNECT_MS = [100, 500, 1000, 5000];

export interface ChangeFeed {
  /** True while a change made anywhere reaches this process at once: only then may it cache. */
  readonly live: boolean;
  /**
   * Bumped by every change seen and every loss of the connection. A read caches its row only if
   * the generation is the same as when the read began, so a change that lands while a read is on
   * its way cannot leave the old row cached.
   */
  readonly generation: number;
  /** Called on every change of `topic`, and for every topic when the feed stops being live. */
  onChange(topic: ChangeTopic, listener: () => void): void;
  /**
   * Runs a write to rows of `topic` in one transaction that also tells every instance (a `NOTIFY`,
   * sent on commit); this process drops its own copies as soon as it commits.
   */
  write<T>(
    kysely: Kysely<Database>,
    topic: ChangeTopic,
    work: (trx: Transaction<Database>) => Promise<T>,
  ): Promise<T>;
  close(): Promise<void>;
}

/** What both feeds share: listeners per topic, and the count of changes seen (`generation`). */
abstract class ChangeListeners {
  protected readonly events = new EventEmitter();
  protected changesSeen = 0;

  constructor() {
    this.events.setMaxListeners(0);
  }

  onChange(topic: ChangeTopic, listener: () => void): void {
    this.events.on(topic, listener);
  }

  protected changed(topics: ChangeTopic[]): void {
    this.changesSeen++;
    for (const topic of topics) this.events.emit(topic);
  }
}

/**
 * SQLite: other processes (the `adgate` CLI, another instance on the same file) commit to the same
 * file without telling this one, but SQLite tells every connection: `PRAGMA data_version` changes
 * when another connection has committed (this connection's own commits leave it alone, and go
 * through `write`). It is read before every use of a cache, a read of the WAL index that costs far
 * less than the query it saves, and any change empties every cache: a key revoked by the CLI is
 * refused on the next request.
 */
export class SqliteChangeFeed extends ChangeListeners implements ChangeFeed {
  private readonly version: { get(): unknown };
  private seen: unknown;

  constructor(database: { prepare(sql: string): { pluck(): { get(): unknown } } }) {
    super();
    this.version = database.prepare('PRAGMA data_version').pluck();
    this.seen = this.version.get();
  }

  get live(): boolean {
    this.check();
    return true;
  }

  get generation(): number {
    this.check();
    return this.changesSeen;
  }

  async write<T>(
    kysely: Kysely<Database>,
    topic: ChangeTopic,
    work: (trx: Transaction<Database>) => Promise<T>,
  ): Promise<T> {
    try {
      return await kysely.transaction().execute(work);
    } finally {
      this.changed([topic]);
    }
  }

  private check(): void {
    const version = this.version.get();
    if (version === this.seen) return;
    this.seen = version;
    this.changed(['keys', 'accounts']);
  }

  async close(): Promise<void> {}
}

export class PostgresChangeFeed extends ChangeListeners implements ChangeFeed {
  live = false;
  private client: pg.Client | undefined;
  private closed = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly connectionString: string) {
    super();
  }

  get generation(): number {
    return this.changesSeen;
  }

  async write<T>(
    kysely: Kysely<Database>,
    topic: ChangeTopic,
    work: (trx: Transaction<Database>) => Promise<T>,
  ): Promise<T> {
    try {
      return await kysely.transaction().execute(async (trx) => {
        const result = await work(trx);
        await sql`select pg_notify(${CHANNEL}, ${topic})`.execute(trx);
        return result;
      });
    } finally {
      // Committed or not, this process's own notification may still be on its way.
      this.changed([topic]);
    }
  }

  /** Resolves once listening; a failure is retried in the background, the feed staying not live. */
  async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === CHANNEL) this.changed([message.payload as ChangeTopic]);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.attempt = 0;
      this.live = true;
      this.events.emit('live');
    } catch {
      this.lost(client);
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.live = false;
    // Whatever was cached may change while no notification can arrive.
    this.changed(['keys', 'accounts']);
    client.end().catch(() => {});
    if (this.closed) return;
    const delay = RECONNECT_MS[Math.min(this.attempt++, RECONNECT_MS.length - 1)];
    this.timer = setTimeout(() => void this.connect(), delay);
    this.timer.unref();
  }

  /** Resolves when the feed is (again) listening. */
  whenLive(): Promise<void> {
    return this.live ? Promise.resolve() : new Promise((resolve) => this.events.once('live', resolve));
  }

  /** The listening connection's server process id (tests end it to show the feed recovers). */
  get backendPid(): number | undefined {
    return (this.client as unknown as { processID?: number } | undefined)?.processID;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    this.live = false;
    await client?.end().catch(() => {});
  }
}

export async function postgresChangeFeed(connectionString: string): Promise<ChangeFeed> {
  const feed = new PostgresChangeFeed(connectionString);
  await feed.connect();
  return feed;
}

/**
 * A cache of rows kept true by a change feed: used only while the feed is live, emptied on every
 * change of its topic, and filled only by reads that no change overtook.
 */
export class LiveCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly feed: ChangeFeed,
    topic: ChangeTopic,
    private readonly maxEntries = 10_000,
  ) {
    feed.onChange(topic, () => this.entries.clear());
  }

  /** The cached row, or a read through `load` that is cached if nothing changed meanwhile. */
  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    if (!this.feed.live) return load();
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const generation = this.feed.generation;
    const value = await load();
    if (value !== undefined && this.feed.live && this.feed.generation === generation) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }

  /** Replaces a cached row after this process changed a field nobody else depends on at once. */
  update(key: string, change: (value: V) => V): void {
    const hit = this.entries.get(key);
    if (hit !== undefined) this.entries.set(key, change(hit));
  }
}
