import type { Command } from 'commander';
import { connectWithToken } from '../../operations/accounts.js';
import { createConnectLink } from '../../operations/connections.js';
import { requireOrganization } from '../../operations/organizations.js';
import { withGateway } from '../context.js';
import { CliError } from '../errors.js';
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

  accounts
    .command('connect')
    .description('verify a TikTok access token with TikTok, then store it encrypted for the organisation')
    .requiredOption('--org <org>', 'organisation id')
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
    .requiredOption('--org <org>', 'organisation id')
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
    .requiredOption('--org <org>', 'organisation id')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string }) => {
      await withGateway(async (gateway) => {
        await requireOrganization(gateway, options.org);
        const list = (await gateway.accounts.list(options.org)).map((a) => ({
          advertiser_id: a.advertiser_id,
          name: a.name,
          status: a.status,
          currency: a.currency,
          timezone: a.timezone,
          connected_at: a.connected_at,
        }));
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
      });
    });

  accounts
    .command('disconnect')
    .description('forget an advertiser and its token')
    .requiredOption('--org <org>', 'organisation id')
    .requiredOption('--advertiser-id <id>', 'advertiser to disconnect')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string; advertiserId: string }) => {
      await withGateway(async (gateway) => {
        await requireOrganization(gateway, options.org);
        const { advertiserId } = options;
        if (!(await gateway.accounts.disconnect(options.org, advertiserId))) {
          throw new CliError(`Advertiser ${advertiserId} is not connected to ${options.org}.`);
        }
        emit(
          options,
          { advertiser_id: advertiserId, disconnected: true },
          `Disconnected advertiser ${advertiserId}.`,
        );
      });
    });
}
