import type { Command } from 'commander';
import { createOrganization, parseTier, requireOrganization } from '../../operations/organizations.js';
import { withGateway } from '../context.js';
import { emit, type OutputOptions, table } from '../output.js';

export function registerOrgCommands(program: Command): void {
  const orgs = program.command('orgs').description('manage organisations');

  orgs
    .command('create')
    .description('create an organisation and print its id')
    .requiredOption('--name <name>', 'organisation name')
    .option('--tier <tier>', 'free, plus, pro or max', 'free')
    .option('--billing-anchor-day <day>', 'day of the month the quota period starts (1-31)', '1')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { name: string; tier: string; billingAnchorDay: string }) => {
      await withGateway(async (gateway) => {
        const org = await createOrganization(gateway, {
          name: options.name,
          tier: parseTier(options.tier),
          billingAnchorDay: Number(options.billingAnchorDay),
        });
        emit(options, org, org.id);
      });
    });

  orgs
    .command('set-tier')
    .description("change an organisation's tier")
    .argument('<org>', 'organisation id')
    .requiredOption('--tier <tier>', 'free, plus, pro or max')
    .option('--json', 'print JSON')
    .action(async (orgId: string, options: OutputOptions & { tier: string }) => {
      await withGateway(async (gateway) => {
        const tier = parseTier(options.tier);
        await requireOrganization(gateway, orgId);
        await gateway.store.organizations.setTier(orgId, tier);
        const org = await requireOrganization(gateway, orgId);
        emit(options, org, `${org.name} (${org.id}) is now on the ${org.tier} tier.`);
      });
    });

  orgs
    .command('list')
    .description('list organisations')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions) => {
      await withGateway(async (gateway) => {
        const list = await gateway.store.organizations.list();
        emit(
          options,
          list,
          table(
            ['ID', 'NAME', 'TIER', 'ANCHOR DAY', 'CREATED'],
            list.map((o) => [o.id, o.name, o.tier, String(o.billing_anchor_day), o.created_at]),
          ),
        );
      });
    });
}
