/**
 * One gateway and emulator for the look-up suites, with three organisations: one advertiser
 * (US), four (US, EU, UK, JP: account selection), and the agency advertiser whose lists page.
 */
import { ADVERTISER_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

export interface LookupOrg {
  organizationId: string;
  key: string;
}

export interface LookupHarness extends TikTokHarness {
  single: LookupOrg;
  multi: LookupOrg;
  agency: LookupOrg;
  /** Runs a tool with the organisation's key; the parsed body and status. */
  call(org: LookupOrg, tool: string, args?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  used(org: LookupOrg): Promise<number>;
}

export async function startLookupHarness(): Promise<{ h: LookupHarness; db: TestDatabase }> {
  const db = await (storeTargets[0] as (typeof storeTargets)[0]).create();
  const base = await startTikTokHarness(db);
  const single = await orgWithAdvertisers(base, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
  const multi = await orgWithAdvertisers(base, TOKENS.MULTI, [
    ADVERTISER_IDS.US,
    ADVERTISER_IDS.EU,
    ADVERTISER_IDS.UK,
    ADVERTISER_IDS.JP,
  ]);
  const agency = await orgWithAdvertisers(base, TOKENS.AGENCY, [ADVERTISER_IDS.AGENCY]);
  const h: LookupHarness = {
    ...base,
    single,
    multi,
    agency,
    async call(org, tool, args = {}) {
      const response = await executeRequest(base.app, tool, org.key, { arguments: args });
      return { status: response.statusCode, body: response.json() };
    },
    async used(org) {
      return (await base.gateway.quota.snapshot(org.organizationId)).used;
    },
  };
  return { h, db };
}
