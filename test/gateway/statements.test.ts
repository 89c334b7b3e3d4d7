/**
 * What one billable call costs the database: the statements and transactions of an
 * add_tiktok_ad_group call with an Idempotency-Key (the benchmark's call), counted at the driver.
 * A change that adds a statement or a commit to the hot path fails here; docs/performance.md has
 * the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchArguments } from '../../bench/targets.js';
import { ManualClock } from '../../src/core/clock.js';
import { ADVERTISER_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

/** `begin`, `commit`, or the verb and the table (`insert idempotency_records`); a CTE's verbs and tables. */
function statementKind(sql: string): string {
  const text = sql.trim().toLowerCase().replace(/"/g, '').replace(/\s+/g, ' ');
  const control = /^(begin|commit|rollback|pragma \w+)/.exec(text);
  if (control) return control[1] as string;
  const writes = [...text.matchAll(/(?<!do )(insert into|update|delete from) (\w+)/g)].map(
    (m) => `${m[1]?.split(' ')[0]} ${m[2]}`,
  );
  if (text.startsWith('with ')) return `with ${writes.join(', ')}`;
  const verb = /^(select|insert|update|delete)/.exec(text)?.[1] ?? text.split(' ')[0];
  return `${verb} ${/(?:from|into|update) (\w+)/.exec(text)?.[1] ?? '?'}`;
}

/** SQLite commits once per explicit transaction and once per write outside one. */
function commits(kinds: string[]): number {
  let inside = false;
  let count = 0;
  for (const kind of kinds) {
    if (kind === 'begin') inside = true;
    else if (kind === 'commit' || kind === 'rollback') {
      inside = false;
      count++;
    } else if (!inside && !kind.startsWith('select') && !kind.startsWith('pragma')) count++;
  }
  return count;
}

/**
 * The key and the accounts come from memory, kept true by the change feed (store/changes.ts; on
 * SQLite one `PRAGMA data_version` per cache use). SQLite: two commits (claim and bill; the outcome
 * with the added budget, the history and the audit record: the benchmark's organisation has no
 * daily-added limit, so nothing is held before the send), which concurrent calls share (group
 * commit, store/prepared.ts). PostgreSQL: each of those is one statement.
 */
const EXPECTED: Record<string, string[]> = {
  sqlite: [
    'pragma data_version',
    'begin',
    'insert idempotency_records',
    'insert usage_periods',
    'commit',
    'pragma data_version',
    'begin',
    'update idempotency_records',
    'insert spend_days',
    'insert usage_daily',
    'insert audit_log',
    'commit',
  ],
  postgres: [
    'with insert idempotency_records, insert usage_periods',
    'with update idempotency_records, insert spend_days, insert usage_daily, insert audit_log',
  ],
};

for (const target of storeTargets) {
  skipNotice(target, 'statements per call');
  describe.skipIf(!target.available)(`statements per billable call (${target.name})`, () => {
    let db: TestDatabase;
    let h: TikTokHarness;
    let key: string;
    const seen: string[] = [];
    let counting = false;
    const clock = new ManualClock(new Date());

    beforeAll(async () => {
      db = await target.create();
      db.storeOptions.onStatement = (sql) => {
        if (counting) seen.push(sql);
      };
      h = await startTikTokHarness(db, { clock });
      ({ key } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]));
    });
    afterAll(async () => {
      await h?.close();
      await db?.cleanup();
    });

    const call = (n: number) =>
      executeRequest(
        h.app,
        'add_tiktok_ad_group',
        key,
        { arguments: { ...benchArguments(clock.now()), adgroup_name: `statements ${n}` } },
        { 'idempotency-key': `statements-${target.name}-${n}` },
      );

    it('runs as few statements and commits as the guarantees allow', async () => {
      // The first call reads the campaign and the advertiser from TikTok and records the key's use.
      for (let n = 0; n < 2; n++) expect((await call(n)).statusCode).toBe(200);
      counting = true;
      const res = await call(2);
      counting = false;
      expect(res.statusCode, res.body).toBe(200);
      const kinds = seen.map(statementKind);
      console.log(
        `${target.name}: ${kinds.length} statements, ${commits(kinds)} commits\n  ${kinds.join('\n  ')}`,
      );
      expect(kinds).toEqual(EXPECTED[target.name]);
    });
  });
}
