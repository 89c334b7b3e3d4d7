/**
 * Entry for `adgate emulator [--port 9090]` (the lead wires the command to startEmulatorCli):
 * starts the emulator and prints what a person needs to use it.
 */
import { pathToFileURL } from 'node:url';
import { CONTROL_PREFIX } from './control.js';
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js';
import { API_PREFIX } from './faults.js';
import type { SeedData } from './seed.js';

export interface EmulatorCliOptions extends EmulatorOptions {
  /** Default 9090. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Where the banner goes. Default console.log. */
  print?: (text: string) => void;
}

export async function startEmulatorCli(options: EmulatorCliOptions = {}): Promise<Emulator> {
  const { port = 9090, host = '127.0.0.1', print = console.log, ...emulatorOptions } = options;
  const emulator = createEmulator(emulatorOptions);
  const url = await emulator.listen({ port, host });
  print(describeEmulator(url, emulator.seed, emulatorOptions.qps ?? 10));
  return emulator;
}

/** Per advertiser: the agency advertiser's hundreds of campaigns would drown the banner. */
const CAMPAIGNS_SHOWN = 10;

/** The banner: base URL, control API, app credentials, tokens, advertisers and campaigns. */
export function describeEmulator(url: string, seed: SeedData, qps: number): string {
  const lines = [
    `TikTok Marketing API emulator listening on ${url}`,
    `  API base   ${url}${API_PREFIX}/   (QPS limit ${Number.isFinite(qps) ? `${qps} per app` : 'off'})`,
    `  Control    ${CONTROL_PREFIX}/state, ${CONTROL_PREFIX}/faults (GET, POST, DELETE), ${CONTROL_PREFIX}/reset`,
    `  App        app_id ${seed.app.app_id}   secret ${seed.app.secret}`,
    '',
    '  Tokens (header Access-Token)',
    ...seed.tokens.map((t) => {
      const note = t.status === 'active' ? '' : ` (${t.status})`;
      return `    ${t.token.padEnd(30)} ${t.advertiser_ids.join(', ')}${note}`;
    }),
    '',
    '  Advertisers',
    ...seed.advertisers.map(
      (a) => `    ${a.advertiser_id.padEnd(20)} ${a.name.padEnd(12)} ${a.currency}  ${a.timezone}`,
    ),
    '',
    '  Campaigns',
    ...seed.advertisers.flatMap((a) => {
      const campaigns = seed.campaigns.filter((c) => c.advertiser_id === a.advertiser_id);
      const shown = campaigns.slice(0, CAMPAIGNS_SHOWN).map((c) => {
        const cbo = c.budget_optimize_on ? `  CBO ${c.budget_mode} ${c.budget}` : '';
        return `    ${c.campaign_id.padEnd(20)} ${c.advertiser_id.padEnd(20)} ${c.objective_type}${cbo}`;
      });
      const more = campaigns.length - shown.length;
      return more > 0 ? [...shown, `    ... and ${more} more of ${a.name}`] : shown;
    }),
  ];
  return lines.join('\n');
}

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

// Direct use before the adgate CLI wires it: `npx tsx src/tiktok/emulator/cli.ts --port 9090`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const qps = argValue(args, '--qps');
  await startEmulatorCli({
    port: Number(argValue(args, '--port') ?? 9090),
    host: argValue(args, '--host') ?? '127.0.0.1',
    ...(qps === undefined ? {} : { qps: qps === 'off' ? Number.POSITIVE_INFINITY : Number(qps) }),
  });
}
