import type { Command } from 'commander';
import type { KeyScopeInput } from '../../operations/keys.js';
import { createKey, listKeys, revokeKey, updateKeyScope } from '../../operations/keys.js';
import type { KeyView } from '../../operations/views.js';
import { withGateway } from '../context.js';
import { examples } from '../examples.js';
import { emit, type OutputOptions, table } from '../output.js';
import { hasLimitOptions, type LimitOptions, limitOptions, limitsFromOptions } from './limit-options.js';

interface ScopeOptions extends LimitOptions {
  readOnly?: boolean;
  readWrite?: boolean;
  advertiserId?: string[];
  allAdvertisers?: boolean;
}

function scopeOptions(command: Command): Command {
  return limitOptions(
    command
      .option('--read-only', 'the key may call read-only tools only')
      .option('--advertiser-id <id>', 'limit the key to this advertiser (repeat for several)', collect, [])
      .option('--json', 'print JSON'),
  );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function scopeInput(options: ScopeOptions): KeyScopeInput {
  const input: KeyScopeInput = {};
  if (options.readOnly) input.read_only = true;
  if (options.readWrite) input.read_only = false;
  if (options.advertiserId && options.advertiserId.length > 0) input.advertiser_ids = options.advertiserId;
  if (options.allAdvertisers) input.advertiser_ids = null;
  if (hasLimitOptions(options)) input.spend_limits = limitsFromOptions(options);
  return input;
}

function scopeText(k: KeyView): string {
  const parts = [k.read_only ? 'read-only' : 'read-write'];
  if (k.advertiser_ids) parts.push(`advertisers ${k.advertiser_ids.join(',')}`);
  const limits = Object.entries(k.spend_limits).map(([name, value]) => `${name}=${value}`);
  if (limits.length > 0) parts.push(limits.join(' '));
  return parts.join('; ');
}

export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('manage API keys');
  examples(keys, [
    'adgate keys create --org "Acme Ads" --name agent',
    'adgate keys create --org "Acme Ads" --name reporting --read-only',
    'adgate keys create --org org_... --advertiser-id 6811000000000001 --max-daily-added 500',
    'adgate keys set-scope key_... --read-only',
    'adgate keys revoke key_...',
  ]);

  scopeOptions(
    keys
      .command('create')
      .description('create an API key; it is printed once and never again')
      .requiredOption('--org <org>', 'organisation id or name')
      .option('--name <name>', 'a name to recognise the key by', 'default')
      .option('--expires-in <duration>', 'e.g. 30d, 90d, 1y (default: never)'),
  ).action(
    async (options: OutputOptions & ScopeOptions & { org: string; name: string; expiresIn?: string }) => {
      await withGateway(async (gateway) => {
        const { key, record } = await createKey(gateway, options.org, {
          name: options.name,
          expires_in: options.expiresIn,
          ...scopeInput(options),
        });
        emit(
          options,
          { key, ...record },
          `${key}\n\nThis is the only time the key is shown; store it now. Id: ${record.id}${
            record.expires_at ? `, expires ${record.expires_at}` : ''
          }; ${scopeText(record)}.`,
        );
      });
    },
  );

  scopeOptions(
    keys
      .command('set-scope')
      .description("change a key's scope and spend limits (flags left out stay as they are)")
      .argument('<key-id>', 'the key id (key_...)')
      .option('--read-write', 'the key may call write tools again')
      .option('--all-advertisers', 'lift the advertiser limit'),
  ).action(async (keyId: string, options: OutputOptions & ScopeOptions) => {
    await withGateway(async (gateway) => {
      const record = await updateKeyScope(gateway, keyId, scopeInput(options));
      emit(options, record, `${record.id}: ${scopeText(record)}.`);
    });
  });

  keys
    .command('list')
    .description("list an organisation's keys (prefixes only)")
    .requiredOption('--org <org>', 'organisation id or name')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string }) => {
      await withGateway(
        async (gateway) => {
          const list = await listKeys(gateway, options.org);
          emit(
            options,
            list,
            table(
              ['ID', 'NAME', 'PREFIX', 'SCOPE', 'CREATED', 'EXPIRES', 'REVOKED', 'LAST USED'],
              list.map((k) => [
                k.id,
                k.name,
                `${k.prefix}…`,
                scopeText(k),
                k.created_at,
                k.expires_at ?? '-',
                k.revoked_at ?? '-',
                k.last_used_at ?? '-',
              ]),
            ),
          );
        },
        { read: true },
      );
    });

  keys
    .command('revoke')
    .description('revoke a key; it stops working on the next request')
    .argument('<key-id>', 'the key id (key_...)')
    .option('--json', 'print JSON')
    .action(async (keyId: string, options: OutputOptions) => {
      await withGateway(async (gateway) => {
        emit(options, await revokeKey(gateway, keyId), `Revoked ${keyId}.`);
      });
    });
}
