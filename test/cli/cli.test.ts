import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, spawnCli, stop } from '../support/cli.js';
import { tempDir } from '../support/stores.js';

describe('the adgate CLI, end to end', () => {
  const env = { ADGATE_DATA_DIR: tempDir(), ADGATE_LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  beforeAll(assertBuilt);

  let orgId: string;
  let key: string;
  let keyId: string;

  it('creates an organisation and a key, both with --json', async () => {
    const org = await runCli(['orgs', 'create', '--name', 'Acme Ads', '--tier', 'plus', '--json'], env);
    expect(org.code).toBe(0);
    const created = JSON.parse(org.stdout);
    expect(created).toMatchObject({ name: 'Acme Ads', tier: 'plus', billing_anchor_day: 1 });
    orgId = created.id;

    const plain = await runCli(['orgs', 'create', '--name', 'Other'], env);
    expect(plain.stdout.trim()).toMatch(/^org_[A-Za-z0-9_-]+$/);

    const res = await runCli(
      ['keys', 'create', '--org', orgId, '--name', 'ci', '--expires-in', '90d', '--json'],
      env,
    );
    expect(res.code).toBe(0);
    const k = JSON.parse(res.stdout);
    expect(k.key).toMatch(/^sk_live_[A-Za-z0-9_-]{32}$/);
    expect(k.key_hash).toBeUndefined();
    expect(k.expires_at).toBeTruthy();
    key = k.key;
    keyId = k.id;
  });

  it('serves: get_usage_status over a real socket with that key', async () => {
    const { child, match } = await spawnCli(
      ['serve', '--port', '0'],
      env,
      /adgate listening on (http:\/\/\S+)/,
    );
    try {
      const url = match[1] as string;
      const res = await fetch(`${url}/api/v1/tools/get_usage_status/execute`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ arguments: {} }),
      });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({
        success: true,
        tool: 'get_usage_status',
        data: { structured: { tier: 'plus', used: 0, limit: 150 } },
      });
      expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    } finally {
      await stop(child);
    }
  });

  it('lists keys without secrets, revokes, shows usage, changes tier', async () => {
    const list = await runCli(['keys', 'list', '--org', orgId], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(keyId);
    expect(list.stdout).toContain(`${key.slice(0, 12)}…`);
    expect(list.stdout).not.toContain(key);

    const usage = JSON.parse((await runCli(['usage', '--org', orgId, '--json'], env)).stdout);
    expect(usage).toMatchObject({ organization_id: orgId, used: 0, limit: 150, tier: 'plus' });

    const tier = await runCli(['orgs', 'set-tier', orgId, '--tier', 'pro', '--json'], env);
    expect(JSON.parse(tier.stdout).tier).toBe('pro');

    const revoke = await runCli(['keys', 'revoke', keyId], env);
    expect(revoke.code).toBe(0);
    const again = await runCli(['keys', 'revoke', keyId], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already revoked/);
  });

  it.each([
    ['a wrong flag', ['orgs', 'list', '--colour'], /unknown option '--colour'/],
    ['an unknown command', ['frobnicate'], /unknown command/],
    [
      'an unknown organisation',
      ['keys', 'create', '--org', 'org_missing'],
      /No organisation has the id or name "org_missing"/,
    ],
    ['a bad tier', ['orgs', 'create', '--name', 'x', '--tier', 'gold'], /"gold" is not a tier/],
    ['a bad expiry', ['keys', 'create', '--org', 'ORG', '--expires-in', 'soon'], /"soon" is not a duration/],
  ])('%s: one clear line and exit code 2', async (_label, args, message) => {
    const res = await runCli(
      args.map((a) => (a === 'ORG' ? orgId : a)),
      env,
    );
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('a database that cannot be opened: one line, exit code 2', async () => {
    const res = await runCli(['orgs', 'list'], {
      ...env,
      ADGATE_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/closed',
    });
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(
      /^adgate: cannot open the database \(postgres:\/\/nobody@127\.0\.0\.1:1\/closed\)/,
    );
  });

  it('refuses to start in production without ADGATE_SECRET_KEY', async () => {
    const res = await runCli(['serve', '--port', '0'], {
      ...env,
      NODE_ENV: 'production',
      ADGATE_DATA_DIR: tempDir(),
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/ADGATE_SECRET_KEY is not set/);
  });
});
