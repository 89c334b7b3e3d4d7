import type { Command } from 'commander';
import { connectWithToken, disconnectAccount, listConnections } from '../../operations/accounts.js';
import { createConnectLink } from '../../operations/connections.js';
import { withGateway } from '../context.js';
import { examples } from '../examples.js';
import { emit, type OutputOptions, table } from '../output.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerAccountCommands(program: Command): void {
  const accounts = program.command('accounts').description('connect TikTok advertiser accounts');
  examples(accounts, [
    'adgate accounts connect-url --org "Acme Ads"',
    'echo "$TOKEN" | adgate accounts connect --org "Acme Ads" --access-token -',
    'adgate accounts list --org "Acme Ads"',
  ]);

  accounts
    .command('connect')
    .description('verify a TikTok access token with TikTok, then store it encrypted for the organisation')
    .requiredOption('--org <org>', 'organisation id or name')
    .requiredOption(
      '--access-token <token>',
      "the advertiser's TikTok Marketing API access token, or - to read it from standard input (keeps it out of the process list and shell history)",
    )
    .option(
      '--advertiser-id <id>',
      'advertiser to connect (repeat for several; default: every advertiser the token may act for)',
      collect,
      [],
    )
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string; accessToken: string; advertiserId: string[] }) => {
      await withGateway(async (gateway) => {
        const token = options.accessToken === '-' ? await readStdin() : options.accessToken;
        const connected = await connectWithToken(gateway, options.org, token, options.advertiserId);
        emit(
          options,
          connected.map((a) => ({
            advertiser_id: a.advertiserId,
            name: a.name,
            currency: a.currency,
            timezone: a.timezone,
          })),
          `Connected ${connected.length} advertiser${connected.length === 1 ? '' : 's'}:\n${connected
            .map((a) => `- ${a.name} (advertiser_id ${a.advertiserId}${a.currency ? `, ${a.currency}` : ''})`)
            .join('\n')}`,
        );
      });
    });

  accounts
    .command('connect-url')
    .description(
      "print a link that connects TikTok advertisers to the organisation by TikTok's OAuth (works once, for 10 minutes)",
    )
    .requiredOption('--org <org>', 'organisation id or name')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string }) => {
      await withGateway(async (gateway) => {
        const link = await createConnectLink(gateway, options.org);
        const expiresAt = link.expiresAt.toISOString();
        emit(
          options,
          { organization_id: link.organizationId, url: link.url, expires_at: expiresAt },
          `Open this link before ${expiresAt} and approve on TikTok (it works once):\n${link.url}`,
        );
      });
    });

  accounts
    .command('list')
    .description("list an organisation's connected advertisers (never the token)")
    .requiredOption('--org <org>', 'organisation id or name')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string }) => {
      await withGateway(
        async (gateway) => {
          const list = await listConnections(gateway, options.org);
          emit(
            options,
            list,
            table(
              ['ADVERTISER ID', 'NAME', 'STATUS', 'CURRENCY', 'TIMEZONE', 'CONNECTED'],
              list.map((a) => [
                a.advertiser_id,
                a.name,
                a.status,
                a.currency ?? '-',
                a.timezone ?? '-',
                a.connected_at,
              ]),
            ),
          );
        },
        { read: true },
      );
    });

  accounts
    .command('disconnect')
    .description('forget an advertiser and its token')
    .requiredOption('--org <org>', 'organisation id or name')
    .requiredOption('--advertiser-id <id>', 'advertiser to disconnect')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string; advertiserId: string }) => {
      await withGateway(async (gateway) => {
        const done = await disconnectAccount(gateway, options.org, options.advertiserId);
        emit(options, done, `Disconnected advertiser ${done.advertiser_id}.`);
      });
    });
}
