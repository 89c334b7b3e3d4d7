/**
 * `adgate accounts` and `adgate emulator` end to end: the token is verified with TikTok (the
 * emulator, run by the CLI itself) before it is stored, and the token is never printed back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { assertBuilt, runCli, spawnCli, stop } from '../support/cli.js';
import { tempDir } from '../support/stores.js';

describe('adgate accounts and adgate emulator', () => {
  let emulator: Awaited<ReturnType<typeof spawnCli>>;
  let env: Record<string, string>;
  let orgId: string;

  beforeAll(async () => {
    assertBuilt();
    emulator = await spawnCli(['emulator', '--port', '0', '--qps', 'off'], {}, /listening on (http:\/\/\S+)/);
    env = {
      ADGATE_DATA_DIR: tempDir(),
      NODE_ENV: 'development',
      ADGATE_LOG_LEVEL: 'warn',
      TIKTOK_API_BASE_URL: emulator.match[1] as string,
    };
    orgId = JSON.parse((await runCli(['orgs', 'create', '--name', 'Accounts', '--json'], env)).stdout).id;
  });
  afterAll(async () => {
    await stop(emulator.child);
  });

  it('the emulator command prints its URL and seeded tokens, and answers in TikTok envelopes', async () => {
    expect(emulator.output()).toContain(TOKENS.SINGLE);
    const res = await fetch(
      `${emulator.match[1]}/open_api/v1.3/advertiser/info/?advertiser_ids=["${ADVERTISER_IDS.US}"]`,
      {
        headers: { 'Access-Token': TOKENS.SINGLE },
      },
    );
    const body = await res.json();
    expect(body).toMatchObject({ code: 0, data: { list: [expect.objectContaining({ currency: 'USD' })] } });
  });

  it('connect verifies the token with TikTok and records each advertiser with its name and currency', async () => {
    const res = await runCli(
      [
        'accounts',
        'connect',
        '--org',
        orgId,
        '--access-token',
        TOKENS.MULTI,
        '--advertiser-id',
        ADVERTISER_IDS.EU,
        '--advertiser-id',
        ADVERTISER_IDS.JP,
        '--json',
      ],
      env,
    );
    expect(res.code, res.stderr).toBe(0);
    const connected = JSON.parse(res.stdout);
    expect(connected).toEqual([
      expect.objectContaining({ advertiser_id: ADVERTISER_IDS.EU, currency: 'EUR' }),
      expect.objectContaining({ advertiser_id: ADVERTISER_IDS.JP, currency: 'JPY' }),
    ]);
    expect(res.stdout + res.stderr).not.toContain(TOKENS.MULTI);

    const list = await runCli(['accounts', 'list', '--org', orgId, '--json'], env);
    const rows = JSON.parse(list.stdout);
    expect(rows.map((r: any) => r.advertiser_id).sort()).toEqual(
      [ADVERTISER_IDS.EU, ADVERTISER_IDS.JP].sort(),
    );
    expect(rows.every((r: any) => r.status === 'active' && r.name)).toBe(true);
    expect(list.stdout).not.toContain(TOKENS.MULTI);
  });

  it('refuses a token TikTok does not accept, and an advertiser the token cannot read, storing nothing', async () => {
    const bad = await runCli(
      [
        'accounts',
        'connect',
        '--org',
        orgId,
        '--access-token',
        'not-a-real-token',
        '--advertiser-id',
        ADVERTISER_IDS.US,
      ],
      env,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/does not accept this access token/);
    expect(bad.stderr).not.toContain('not-a-real-token');
    const foreign = await runCli(
      [
        'accounts',
        'connect',
        '--org',
        orgId,
        '--access-token',
        TOKENS.SINGLE,
        '--advertiser-id',
        ADVERTISER_IDS.UK,
      ],
      env,
    );
    expect(foreign.code).toBe(2);
    const list = JSON.parse((await runCli(['accounts', 'list', '--org', orgId, '--json'], env)).stdout);
    expect(list).toHaveLength(2);
  });

  it('reads the token from standard input with --access-token -', async () => {
    const res = await runCli(
      [
        'accounts',
        'connect',
        '--org',
        orgId,
        '--access-token',
        '-',
        '--advertiser-id',
        ADVERTISER_IDS.UK,
        '--json',
      ],
      env,
      `${TOKENS.MULTI}\n`,
    );
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([
      expect.objectContaining({ advertiser_id: ADVERTISER_IDS.UK, currency: 'GBP' }),
    ]);
    expect(
      (await runCli(['accounts', 'disconnect', '--org', orgId, '--advertiser-id', ADVERTISER_IDS.UK], env))
        .code,
    ).toBe(0);
  });

  it('disconnect forgets the advertiser; a second time is one clear line', async () => {
    const res = await runCli(
      ['accounts', 'disconnect', '--org', orgId, '--advertiser-id', ADVERTISER_IDS.JP],
      env,
    );
    expect(res.code).toBe(0);
    const again = await runCli(
      ['accounts', 'disconnect', '--org', orgId, '--advertiser-id', ADVERTISER_IDS.JP],
      env,
    );
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    const list = JSON.parse((await runCli(['accounts', 'list', '--org', orgId, '--json'], env)).stdout);
    expect(list.map((r: any) => r.advertiser_id)).toEqual([ADVERTISER_IDS.EU]);
  });
});
