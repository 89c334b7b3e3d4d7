/**
 * What the gateway loads at start: the chart renderers (vega, vega-lite) wait for the first chart,
 * so that a gateway serving no report does not carry their heap through every full collection
 * (src/tools/tiktok/reporting/chart.ts). Runs the built modules in a child node whose module hook
 * writes down every module it loads.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/cli.js';
import { tempDir } from '../support/stores.js';

const HOOKS = `import fs from 'node:fs';
export async function load(url, context, next) {
  fs.appendFileSync(process.env.LOADED_MODULES_FILE, url + '\\n');
  return next(url, context);
}`;

const REGISTER = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}));`;

/** The URLs of every module a child node loads while it runs `script` (an ES module). */
async function modulesLoadedBy(script: string): Promise<string[]> {
  const dir = tempDir('adgate-modules-');
  const register = path.join(dir, 'register.mjs');
  fs.writeFileSync(register, REGISTER);
  const file = path.join(dir, 'loaded.txt');
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', pathToFileURL(register).href, '--input-type=module', '-e', script],
      { env: { ...process.env, LOADED_MODULES_FILE: file }, timeout: 60_000 },
      (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()),
    ),
  );
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

const renderers = (urls: string[]) => urls.filter((url) => /\/node_modules\/vega(-lite)?\//.test(url));
const built = (file: string) => pathToFileURL(path.resolve('dist', file)).href;

describe('modules loaded at start', () => {
  beforeAll(() => assertBuilt());

  it('the gateway and its server start without the chart renderers', async () => {
    const urls = await modulesLoadedBy(`await import(${JSON.stringify(built('server.js'))});`);
    expect(urls.some((url) => url.endsWith('/dist/gateway.js'))).toBe(true);
    expect(renderers(urls)).toEqual([]);
  });

  it('the first chart loads them', async () => {
    const urls = await modulesLoadedBy(
      `const { lineChart } = await import(${JSON.stringify(built('tools/tiktok/reporting/chart.js'))});
       await lineChart('t', 'y', [{ date: '2026-11-01', series: 's', value: 1 }]);`,
    );
    expect(renderers(urls).length).toBeGreaterThan(0);
  });
});
