import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { isPostgresUrl } from '../../store/db.js';
import { describeDatabase } from '../context.js';
import { emit, type OutputOptions } from '../output.js';
import { VERSION } from '../version.js';

export function registerInfoCommand(program: Command): void {
  program
    .command('info')
    .description('say which database, data folder and token key this command line uses (creates nothing)')
    .option('--json', 'print JSON')
    .action((options: OutputOptions) => {
      const config = loadConfig();
      const database = describeDatabase(config);
      const exists = isPostgresUrl(config.databaseUrl) || fs.existsSync(database);
      const keyFile = path.join(config.dataDir, 'secret.key');
      const secretKey = config.secretKey
        ? 'ADGATE_SECRET_KEY'
        : fs.existsSync(keyFile)
          ? keyFile
          : `none yet (${keyFile} is made by the first command that writes)`;
      const info = {
        version: VERSION,
        database,
        database_exists: exists,
        data_dir: config.dataDir,
        secret_key: secretKey,
      };
      emit(
        options,
        info,
        [
          `adgate ${VERSION}`,
          `database:   ${database}${exists ? '' : ' (does not exist yet)'}`,
          `data folder: ${config.dataDir}`,
          `token key:  ${secretKey}`,
        ].join('\n'),
      );
    });
}
