#!/usr/bin/env node
/**
 * The `adgate` command. Every failure an operator can cause (a wrong flag, an unknown organisation,
 * a database that cannot be opened) ends as one line on stderr and exit code 2, never a stack trace.
 */
import { CommanderError } from 'commander';
import { CliError } from './errors.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  const program = buildProgram();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its one-line message (and help for --help).
      process.exit(error.exitCode === 0 ? 0 : 2);
    }
    const failure = CliError.from(error);
    process.stderr.write(`adgate: ${failure.message.split('\n')[0]}\n`);
    process.exit(2);
  }
}

void main();
