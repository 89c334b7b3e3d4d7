import type { Command } from 'commander';
import { createAdminKey, listAdminKeys, revokeAdminKey } from '../../operations/admin-keys.js';
import { withGateway } from '../context.js';
import { examples } from '../examples.js';
import { emit, type OutputOptions, table } from '../output.js';

export function registerAdminKeyCommands(program: Command): void {
  const admin = program
    .command('admin-keys')
    .description('manage admin keys (sk_admin_...) for the admin API and the web console');
  examples(admin, [
    'adgate admin-keys create --name ops',
    'adgate admin-keys list',
    'adgate admin-keys revoke adm_...',
  ]);

  admin
    .command('create')
    .description('create an admin key; it is printed once and never again')
    .option('--name <name>', 'a name to recognise the key by', 'admin')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { name: string }) => {
      await withGateway(async (gateway) => {
        const { key, record } = await createAdminKey(gateway, options.name);
        emit(
          options,
          { key, ...record },
          `${key}\n\nThis is the only time the admin key is shown; store it now. Id: ${record.id}. It manages every organisation: keep it to operators.`,
        );
      });
    });

  admin
    .command('list')
    .description('list admin keys (prefixes only)')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions) => {
      await withGateway(
        async (gateway) => {
          const list = await listAdminKeys(gateway);
          emit(
            options,
            list,
            table(
              ['ID', 'NAME', 'PREFIX', 'CREATED', 'REVOKED', 'LAST USED'],
              list.map((k) => [
                k.id,
                k.name,
                `${k.prefix}…`,
                k.created_at,
                k.revoked_at ?? '-',
                k.last_used_at ?? '-',
              ]),
            ),
          );
        },
        { read: true },
      );
    });

  admin
    .command('revoke')
    .description('revoke an admin key (its console sessions end too)')
    .argument('<id>', 'the admin key id (adm_...)')
    .option('--json', 'print JSON')
    .action(async (id: string, options: OutputOptions) => {
      await withGateway(async (gateway) => {
        emit(options, await revokeAdminKey(gateway, id), `Revoked ${id}.`);
      });
    });
}
