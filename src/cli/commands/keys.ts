import type { Command } from 'commander';
import { parseExpiresIn } from '../../auth/api-keys.js';
import { requireOrganization } from '../../operations/organizations.js';
import type { ApiKeyRecord } from '../../store/api-keys.js';
import { withGateway } from '../context.js';
import { CliError } from '../errors.js';
import { emit, type OutputOptions, table } from '../output.js';

/** What a listing shows of a key: never its hash. */
function publicKey(record: ApiKeyRecord) {
  const { key_hash: _hash, ...rest } = record;
  return rest;
}

export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('manage API keys');

  keys
    .command('create')
    .description('create an API key; it is printed once and never again')
    .requiredOption('--org <org>', 'organisation id')
    .option('--name <name>', 'a name to recognise the key by', 'default')
    .option('--expires-in <duration>', 'e.g. 30d, 90d, 1y (default: never)')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string; name: string; expiresIn?: string }) => {
      await withGateway(async (gateway) => {
        await requireOrganization(gateway, options.org);
        const expiresInMs = options.expiresIn ? parseExpiresIn(options.expiresIn) : undefined;
        const { key, record } = await gateway.keys.create(options.org, {
          name: options.name,
          ...(expiresInMs ? { expiresInMs } : {}),
        });
        emit(
          options,
          { key, ...publicKey(record) },
          `${key}\n\nThis is the only time the key is shown; store it now. Id: ${record.id}${
            record.expires_at ? `, expires ${record.expires_at}` : ''
          }.`,
        );
      });
    });

  keys
    .command('list')
    .description("list an organisation's keys (prefixes only)")
    .requiredOption('--org <org>', 'organisation id')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string }) => {
      await withGateway(async (gateway) => {
        await requireOrganization(gateway, options.org);
        const list = (await gateway.store.apiKeys.listByOrganization(options.org)).map(publicKey);
        emit(
          options,
          list,
          table(
            ['ID', 'NAME', 'PREFIX', 'CREATED', 'EXPIRES', 'REVOKED', 'LAST USED'],
            list.map((k) => [
              k.id,
              k.name,
              `${k.prefix}…`,
              k.created_at,
              k.expires_at ?? '-',
              k.revoked_at ?? '-',
              k.last_used_at ?? '-',
            ]),
          ),
        );
      });
    });

  keys
    .command('revoke')
    .description('revoke a key; it stops working on the next request')
    .argument('<key-id>', 'the key id (key_...)')
    .option('--json', 'print JSON')
    .action(async (keyId: string, options: OutputOptions) => {
      await withGateway(async (gateway) => {
        const record = await gateway.store.apiKeys.get(keyId);
        if (!record)
          throw new CliError(`No API key has the id "${keyId}"; \`adgate keys list --org ORG\` shows them.`);
        if (record.revoked_at)
          throw new CliError(`Key ${keyId} was already revoked at ${record.revoked_at}.`);
        await gateway.store.apiKeys.revoke(keyId, gateway.clock.now().toISOString());
        const after = await gateway.store.apiKeys.get(keyId);
        emit(options, after ? publicKey(after) : {}, `Revoked ${keyId}.`);
      });
    });
}
