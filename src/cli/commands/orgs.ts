import type { Command } from 'commander';
import {
  createOrganization,
  deleteOrganization,
  listOrganizations,
  parseTier,
  requireOrganization,
  updateOrganization,
} from '../../operations/organizations.js';
import { organizationView } from '../../operations/views.js';
import { withGateway } from '../context.js';
import { examples } from '../examples.js';
import { emit, type OutputOptions, table } from '../output.js';
import { type LimitOptions, limitOptions, limitsFromOptions } from './limit-options.js';

export function registerOrgCommands(program: Command): void {
  const orgs = program.command('orgs').description('manage organisations');
  examples(orgs, [
    'adgate orgs create --name "Acme Ads" --tier plus',
    'adgate orgs list',
    'adgate orgs set-limits "Acme Ads" --max-daily-budget 500 --max-daily-added 2000',
  ]);

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
        emit(options, organizationView(org), org.id);
      });
    });

  orgs
    .command('set-tier')
    .description("change an organisation's tier")
    .argument('<org>', 'organisation id or name')
    .requiredOption('--tier <tier>', 'free, plus, pro or max')
    .option('--json', 'print JSON')
    .action(async (orgRef: string, options: OutputOptions & { tier: string }) => {
      await withGateway(async (gateway) => {
        const org = await updateOrganization(gateway, orgRef, { tier: options.tier });
        emit(options, organizationView(org), `${org.name} (${org.id}) is now on the ${org.tier} tier.`);
      });
    });

  limitOptions(
    orgs
      .command('set-limits')
      .description(
        'set the spend limits of every key of an organisation (replaces them; none given clears them)',
      )
      .argument('<org>', 'organisation id or name'),
  )
    .option('--json', 'print JSON')
    .action(async (orgRef: string, options: OutputOptions & LimitOptions) => {
      await withGateway(async (gateway) => {
        const org = await updateOrganization(gateway, orgRef, { spendLimits: limitsFromOptions(options) });
        const view = organizationView(org);
        emit(options, view, `${org.name} (${org.id}): spend limits ${JSON.stringify(view.spend_limits)}.`);
      });
    });

  orgs
    .command('show')
    .description('describe an organisation')
    .argument('<org>', 'organisation id or name')
    .option('--json', 'print JSON')
    .action(async (orgRef: string, options: OutputOptions) => {
      await withGateway(
        async (gateway) => {
          const view = organizationView(await requireOrganization(gateway, orgRef));
          emit(options, view, JSON.stringify(view, null, 2));
        },
        { read: true },
      );
    });

  orgs
    .command('delete')
    .description(
      'delete an organisation with its keys, connected accounts and counters (its audit records stay)',
    )
    .argument('<org>', 'organisation id or name')
    .option('--json', 'print JSON')
    .action(async (orgRef: string, options: OutputOptions) => {
      await withGateway(async (gateway) => {
        const org = await deleteOrganization(gateway, orgRef);
        emit(options, { deleted: organizationView(org) }, `Deleted ${org.name} (${org.id}).`);
      });
    });

  orgs
    .command('list')
    .description('list organisations')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions) => {
      await withGateway(
        async (gateway) => {
          const list = (await listOrganizations(gateway)).map(organizationView);
          emit(
            options,
            list,
            table(
              ['ID', 'NAME', 'TIER', 'ANCHOR DAY', 'CREATED'],
              list.map((o) => [o.id, o.name, o.tier, String(o.billing_anchor_day), o.created_at]),
            ),
          );
        },
        { read: true },
      );
    });
}
