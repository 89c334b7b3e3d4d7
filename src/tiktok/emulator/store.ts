/**
 * The emulator's mutable world: the seed, indexed for look-ups, plus what clients did to it
 * (ad groups created, tokens revoked, requests seen). Tests read it through `emulator.state`.
 */
import type { FaultKind } from './faults.js';
import type { JsonValue } from './json.js';
import type {
  SeedAdvertiser,
  SeedAudience,
  SeedCampaign,
  SeedData,
  SeedMobileApp,
  SeedPixel,
  SeedRegion,
  SeedToken,
} from './seed.js';
import type { SeedAd } from './seed-delivery.js';

/** An ad as TikTok saved it: wire field names, ids as strings. */
export type AdRecord = SeedAd;

/** An ad group as TikTok saved it: wire field names, ids as strings. */
export type AdGroupRecord = Record<string, unknown> & {
  adgroup_id: string;
  advertiser_id: string;
  campaign_id: string;
  adgroup_name: string;
};

export interface CreatedAdGroup {
  adgroupId: string;
  advertiserId: string;
  campaignId: string;
  /** The idempotency key the client sent, if any. */
  requestId: string | undefined;
  /** The body exactly as received (integers beyond 2^53 kept as bigint). */
  body: Record<string, JsonValue>;
  /** The body text as received. */
  rawBody: string;
  /** The saved ad group, i.e. the `data` of the create answer. */
  saved: AdGroupRecord;
  /** Fields the client sent that TikTok ignores here (e.g. budget under CBO, bids with NO_BID). */
  ignoredFields: string[];
  createdAt: Date;
  /** Wall-clock ms from which /adgroup/get/ lists it (TikTok's read index lags behind writes). */
  visibleAt: number;
  /** How many later creates with the same request_id got this ad group back. */
  dedupHits: number;
  /** Part of the seed (seed-delivery.ts) rather than created by a client. */
  seeded?: boolean;
}

/** A code the authorisation page gave out, for one exchange within an hour (reference §3.4). */
export interface IssuedAuthCode {
  code: string;
  appId: string;
  advertiserIds: string[];
  issuedAt: Date;
  used: boolean;
}

/** One accepted update call, as received (tests read what reached TikTok from here). */
export interface UpdateRecord {
  path: '/campaign/update/' | '/adgroup/update/';
  id: string;
  body: Record<string, JsonValue>;
  /** Fields TikTok took but did not apply (unknown under `ignore`, budget under CBO, ...). */
  ignoredFields: string[];
}

export type RequestOutcome = 'answered' | 'http_status' | 'reset' | 'hung';

export interface RequestLogEntry {
  seq: number;
  at: string;
  method: string;
  /** Endpoint path relative to /open_api/v1.3, e.g. '/adgroup/create/'. */
  path: string;
  outcome: RequestOutcome;
  httpStatus?: number;
  /** TikTok code of the answer (also for a hung or reset request that was handled first). */
  code?: number;
  logId?: string;
  fault?: FaultKind;
}

const MAX_LOG = 2000;

export class EmulatorStore {
  seed!: SeedData;

  /** Insertion order is creation order. */
  adgroups = new Map<string, CreatedAdGroup>();
  /** Ads by ad_id; insertion order is creation order (the seeded ones first). */
  ads = new Map<string, AdRecord>();
  /** `${advertiser_id}:${request_id}` → adgroup_id. */
  requestIds = new Map<string, string>();
  /** Authorisation codes by code. */
  authCodes = new Map<string, IssuedAuthCode>();
  /** Accepted /campaign/update/ and /adgroup/update/ calls, oldest first. */
  updates: UpdateRecord[] = [];
  requestCounts: Record<string, number> = {};
  requestLog: RequestLogEntry[] = [];
  private logSeq = 0;
  private adgroupSeq = 0;

  constructor(private readonly initialSeed: SeedData) {
    this.load();
  }

  /** Back to the seed: created objects, revocations, counters and the log are dropped. */
  load(): void {
    this.seed = structuredClone(this.initialSeed);
    this.adgroups = new Map(this.seed.adgroups.map((group) => [group.adgroup_id, seededAdGroup(group)]));
    this.ads = new Map(this.seed.ads.map((ad) => [ad.ad_id, ad]));
    this.requestIds = new Map();
    this.authCodes = new Map();
    this.updates = [];
    this.requestCounts = {};
    this.requestLog = [];
    this.logSeq = 0;
    this.adgroupSeq = 0;
  }

  // Look-ups scan the seed arrays (they are small), so that a test that edits `emulator.seed`
  // is seen at once.
  advertiser(id: string): SeedAdvertiser | undefined {
    return this.seed.advertisers.find((a) => a.advertiser_id === id);
  }

  campaign(id: string): SeedCampaign | undefined {
    return this.seed.campaigns.find((c) => c.campaign_id === id);
  }

  token(value: string): SeedToken | undefined {
    return this.seed.tokens.find((t) => t.token === value);
  }

  pixel(id: string): SeedPixel | undefined {
    return this.seed.pixels.find((p) => p.pixel_id === id);
  }

  audience(id: string): SeedAudience | undefined {
    return this.seed.audiences.find((a) => a.audience_id === id);
  }

  app(id: string): SeedMobileApp | undefined {
    return this.seed.apps.find((a) => a.app_id === id);
  }

  region(id: string): SeedRegion | undefined {
    return this.seed.regions.find((r) => r.location_id === id);
  }

  /**
   * Ad group ids look like TikTok's. Under an advertiser flagged `unquotedIds` they are 19 digits,
   * above 2^53, so a client that parses them as doubles corrupts them; elsewhere 16 digits.
   */
  nextAdGroupId(advertiser: SeedAdvertiser): string {
    this.adgroupSeq++;
    if (advertiser.unquotedIds) return (7_400_000_000_000_000_000n + BigInt(this.adgroupSeq) * 7n).toString();
    return String(1_790_000_000_000_000 + this.adgroupSeq);
  }

  recordUpdate(update: UpdateRecord): void {
    this.updates.push(update);
  }

  countRequest(path: string): void {
    this.requestCounts[path] = (this.requestCounts[path] ?? 0) + 1;
  }

  log(entry: Omit<RequestLogEntry, 'seq' | 'at'>): void {
    this.requestLog.push({ seq: ++this.logSeq, at: new Date().toISOString(), ...entry });
    if (this.requestLog.length > MAX_LOG) this.requestLog.splice(0, this.requestLog.length - MAX_LOG);
  }

  /** Ancestors of a region, nearest first. */
  regionAncestors(locationId: string): SeedRegion[] {
    const out: SeedRegion[] = [];
    let current = this.region(locationId);
    while (current?.parent_id) {
      const parent = this.region(current.parent_id);
      if (!parent || out.includes(parent)) break;
      out.push(parent);
      current = parent;
    }
    return out;
  }

  /** The country a region belongs to (itself if it is one). */
  regionCountry(locationId: string): SeedRegion | undefined {
    const region = this.region(locationId);
    if (!region) return undefined;
    if (region.level === 'COUNTRY') return region;
    return this.regionAncestors(locationId).find((r) => r.level === 'COUNTRY');
  }

  adgroupsOfCampaign(campaignId: string): CreatedAdGroup[] {
    return [...this.adgroups.values()].filter((a) => a.campaignId === campaignId);
  }
}

/** A seeded ad group in the shape of a created one: no request_id, visible at once. */
function seededAdGroup(group: AdGroupRecord): CreatedAdGroup {
  return {
    adgroupId: group.adgroup_id,
    advertiserId: group.advertiser_id,
    campaignId: group.campaign_id,
    requestId: undefined,
    body: {},
    rawBody: '',
    saved: group,
    ignoredFields: [],
    createdAt: new Date(`${String(group.create_time).replace(' ', 'T')}Z`),
    visibleAt: 0,
    dedupHits: 0,
    seeded: true,
  };
}
