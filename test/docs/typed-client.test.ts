/**
 * A client generated from the served document (openapi-typescript types, openapi-fetch) compiles
 * with TypeScript's strict checks, refuses wrong calls at compile time, and creates an ad group in
 * the emulator through a gateway listening on a real socket. The code that is type-checked is the
 * code that runs: tsc emits it, and the test imports what tsc emitted.
 *
 * It is written under test-results/ (git-ignored) rather than the system temp folder so that it
 * resolves openapi-fetch and typescript from this project's node_modules.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { orgWithAdvertisers, type TikTokHarness } from '../support/tiktok.js';
import { docsTikTokHarness } from './support.js';

const DIR = path.resolve('test-results/typed-client');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const CLIENT = `import createClient from 'openapi-fetch';
import type { paths } from './api.js';

const PATH = '/api/v1/tools/add_tiktok_ad_group/execute';

export async function addAdGroup(baseUrl: string, key: string, campaignId: string) {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: \`Bearer \${key}\` } });
  const { data, error } = await client.POST(PATH, {
    params: { header: { 'Idempotency-Key': 'typed-client-1' } },
    body: { arguments: { campaign_id: campaignId, adgroup_name: 'Typed client', budget: 50, gender: 'GENDER_FEMALE' } },
  });
  if (error) throw new Error(\`\${error.error_code}: \${error.error}\`);
  const tool: 'add_tiktok_ad_group' = data.tool;
  const used: number = data.data.quota.used;
  const tier: 'free' | 'plus' | 'pro' | 'max' = data.data.quota.tier;
  const adgroupId: string | null = data.data.structured.adgroup_id;
  if (adgroupId === null) throw new Error('a dry run has no adgroup_id');
  return { tool, used, tier, adgroupId, text: data.data.text };
}

/** Never run: every call below must be refused by the compiler (an unused directive is an error). */
export async function misuses(client: ReturnType<typeof createClient<paths>>) {
  // @ts-expect-error budget is a number
  await client.POST(PATH, { body: { arguments: { campaign_id: '1', adgroup_name: 'x', budget: 'fifty' } } });
  // @ts-expect-error gender is one of its enum values
  await client.POST(PATH, { body: { arguments: { campaign_id: '1', adgroup_name: 'x', budget: 5, gender: 'GENDER_MALES' } } });
  // @ts-expect-error campaign_id is required
  await client.POST(PATH, { body: { arguments: { adgroup_name: 'x', budget: 5 } } });
  // @ts-expect-error arguments are wrapped in {arguments}
  await client.POST(PATH, { body: { campaign_id: '1', adgroup_name: 'x', budget: 5 } });
  const { data } = await client.POST(PATH, { body: { arguments: { campaign_id: '1', adgroup_name: 'x', budget: 5 } } });
  // @ts-expect-error adgroup_id is a string or null
  const wrong: number | undefined = data?.data.structured.adgroup_id;
  // @ts-expect-error no such tool
  await client.POST('/api/v1/tools/add_tiktok_adgroup/execute', { body: { arguments: {} } });
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    types: [],
    rootDir: '.',
    outDir: 'out',
  },
  files: ['client.ts'],
};

describe('a client generated from /openapi.json', () => {
  let h: TikTokHarness;
  let baseUrl: string;
  let key: string;

  beforeAll(async () => {
    h = await docsTikTokHarness();
    ({ key } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US], 'plus'));
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await h.close();
  });

  it('compiles, refuses wrong calls, and creates an ad group with typed results', async () => {
    const document: any = await (await fetch(`${baseUrl}/openapi.json`)).json();
    expect(document.servers[0].url).toBe(baseUrl);

    fs.rmSync(DIR, { recursive: true, force: true });
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(path.join(DIR, 'api.ts'), astToString(await openapiTS(document)));
    fs.writeFileSync(path.join(DIR, 'client.ts'), CLIENT);
    fs.writeFileSync(path.join(DIR, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));

    const compiled = await promisify(execFile)(process.execPath, [TSC, '-p', DIR]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(compiled, 'tsc output').toBe('');

    const client = await import(pathToFileURL(path.join(DIR, 'out/client.js')).href);
    const result = await client.addAdGroup(document.servers[0].url, key, CAMPAIGN_IDS.US_TRAFFIC);
    expect(result).toMatchObject({ tool: 'add_tiktok_ad_group', used: 1, tier: 'plus' });
    expect(result.adgroupId).toMatch(/^[0-9]+$/);
    expect(h.emulator.state.adgroups.get(result.adgroupId)?.saved.adgroup_name).toBe('Typed client');
  });
});
