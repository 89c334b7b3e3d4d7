/**
 * What operators trip over: read commands never create a database (and say where they looked),
 * every command can say which database it uses, --version, examples in --help, --org by name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../support/cli.js';
import { tempDir } from '../support/stores.js';

describe('the CLI for operators', () => {
  beforeAll(assertBuilt);

  it('never creates a database or a key for a read command, and says which database it looked for', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const env = { ADGATE_DATA_DIR: dataDir, ADGATE_LOG_LEVEL: 'warn' };
    for (const args of [
      ['orgs', 'list'],
      ['keys', 'list', '--org', 'x'],
      ['usage', '--org', 'x'],
      ['audit'],
      ['admin-keys', 'list'],
      ['accounts', 'list', '--org', 'x'],
    ]) {
      const res = await runCli(args, env);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toContain(`There is no adgate database at ${path.join(dataDir, 'adgate.db')}`);
      expect(res.stderr).toContain('ADGATE_DATA_DIR');
    }
    expect(fs.existsSync(dataDir)).toBe(false);

    const info = await runCli(['info', '--json'], env);
    expect(JSON.parse(info.stdout)).toMatchObject({
      database: path.join(dataDir, 'adgate.db'),
      database_exists: false,
    });
    expect(fs.existsSync(dataDir)).toBe(false);
  }, 90_000);

  it('says which database a command uses with --show-db, and finds an organisation by name', async () => {
    const env = { ADGATE_DATA_DIR: tempDir(), ADGATE_LOG_LEVEL: 'warn' };
    const created = await runCli(['--show-db', 'orgs', 'create', '--name', 'Named Org'], env);
    expect(created.stderr).toContain(`adgate: database: ${path.join(env.ADGATE_DATA_DIR, 'adgate.db')}`);
    const key = await runCli(['keys', 'create', '--org', 'Named Org', '--json'], env);
    expect(key.code, key.stderr).toBe(0);
    expect(JSON.parse(key.stdout).organization_id).toBe(created.stdout.trim());
    const unknown = await runCli(['keys', 'list', '--org', 'Nobody'], env);
    expect(unknown.stderr).toMatch(/No organisation has the id or name "Nobody"/);
  });

  it('prints its version and examples in --help', async () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect((await runCli(['--version'], {})).stdout.trim()).toBe(pkg.version);
    const help = await runCli(['--help'], {});
    expect(help.stdout).toMatch(/Examples:\n\s+\$ adgate serve/);
    const keys = await runCli(['keys', '--help'], {});
    expect(keys.stdout).toMatch(/\$ adgate keys create --org "Acme Ads" --name reporting --read-only/);
  });
});
