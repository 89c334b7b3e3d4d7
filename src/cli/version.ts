import { readFileSync } from 'node:fs';

/** dist/cli and src/cli are both two levels below package.json. */
export const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
