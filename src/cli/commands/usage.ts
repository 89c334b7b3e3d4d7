import type { Command } from 'commander';
import { requireOrganization } from '../../operations/organizations.js';
import { withGateway } from '../context.js';
import { emit, type OutputOptions } from '../output.js';

export function registerUsageCommand(program: Command): void {
  program
    .command('usage')
    .description("show an organisation's quota use this period")
    .requiredOption('--org <org>', 'organisation id')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string }) => {
      await withGateway(async (gateway) => {
        const org = await requireOrganization(gateway, options.org);
        const quota = await gateway.quota.snapshot(org.id);
        emit(
          options,
          { organization_id: org.id, ...quota },
          `${org.name} (${org.tier}): ${quota.used}/${quota.limit} tool calls used; ` +
            `period ${quota.period_start} to ${quota.period_end}.`,
        );
      });
    });
}
