/**
 * The README's first command, end to end over real sockets: `adgate demo` prints a key and a curl
 * command; running that command creates an ad group that the emulator then holds.
 */
import { execFile } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, spawnCli, stop } from '../support/cli.js';
import { tempDir } from '../support/stores.js';

function sh(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', command], { timeout: 30_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

describe('adgate demo', () => {
  beforeAll(assertBuilt);

  it('prints a key and a curl command that creates an ad group in the emulator', async () => {
    const env = { ADGATE_DATA_DIR: tempDir(), NODE_ENV: 'development', ADGATE_LOG_LEVEL: 'warn' };
    const { child, output } = await spawnCli(
      ['demo', '--port', '0'],
      env,
      /to keep building|Stop with Ctrl-C/,
    );
    try {
      const printed = output();
      const key = printed.match(/API key:\s+(sk_live_\S+)/)?.[1];
      expect(key).toMatch(/^sk_live_[A-Za-z0-9_-]{32}$/);
      const emulatorUrl = printed.match(/TikTok emulator on (http:\/\/\S+)/)?.[1];
      const curl = printed.slice(printed.indexOf('curl -s')).split('\n\n')[0] as string;
      expect(curl).toContain(key);

      const answer = JSON.parse(await sh(curl));
      expect(answer.success).toBe(true);
      const adgroupId = answer.data.structured.adgroup_id;
      expect(adgroupId).toMatch(/^\d+$/);
      expect(answer.data.quota).toMatchObject({ used: 1, limit: 150, tier: 'plus' });

      const state = await (await fetch(`${emulatorUrl}/__emulator/state`)).json();
      const held = JSON.stringify(state);
      expect(held).toContain(adgroupId);
      expect(held).toContain('Demo - US traffic');

      // Run twice: the stored answer, not a second ad group.
      const again = JSON.parse(await sh(curl));
      expect(again.data.structured.adgroup_id).toBe(adgroupId);
      const after: any = await (await fetch(`${emulatorUrl}/__emulator/state`)).json();
      expect(after.adgroups.filter((g: any) => g.body.adgroup_name === 'Demo - US traffic')).toHaveLength(1);

      // The printed commands connect the emulator's advertisers to a new organisation, from another folder.
      const block = printed.slice(printed.indexOf("Connect the emulator's advertisers"));
      const commands = block
        .split('\n')
        .slice(2)
        .filter((line) => line.startsWith('  '))
        .map((line) => line.trim());
      expect(commands[0]).toContain(emulatorUrl);
      const out = await sh(
        `cd "${tempDir()}" && ${commands.join(' && ')} && node "${CLI}" accounts list --org "My agency" --json`,
      );
      const listed = JSON.parse(out.slice(out.lastIndexOf('[\n')));
      expect(listed.map((a: any) => a.advertiser_id).sort()).toEqual([
        '6811000000000001',
        '6811000000000002',
        '6811000000000003',
        '6811000000000004',
      ]);
    } finally {
      await stop(child);
    }
  });
});
