/**
 * Seeded saved audiences (targeting presets), as `GET /dmp/saved_audience/list/` answers them:
 * `data.saved_audiences[]` with `saved_audience_id`, `saved_audience_name` and the targeting fields,
 * per the Business API SDK's `yml_files/dmp_saved_audience_list.yml` (response rule).
 */
import { ADVERTISER_IDS, REGION_IDS } from './seed.js';

export type SeedSavedAudience = Record<string, unknown> & {
  saved_audience_id: string;
  saved_audience_name: string;
  advertiser_id: string;
};

export const SAVED_AUDIENCE_IDS = {
  /** US adults 25-44, women. */
  US_WOMEN_25_44: '7100000000000001',
  /** US and Canada, everyone 18+, English. */
  NORTH_AMERICA: '7100000000000002',
} as const;

export function createSavedAudienceSeed(): SeedSavedAudience[] {
  return [
    {
      saved_audience_id: SAVED_AUDIENCE_IDS.US_WOMEN_25_44,
      saved_audience_name: 'US women 25-44',
      advertiser_id: ADVERTISER_IDS.US,
      location_ids: [REGION_IDS.US],
      age_groups: ['AGE_25_34', 'AGE_35_44'],
      gender: 'GENDER_FEMALE',
      languages: [],
      audience_ids: [],
      excluded_audience_ids: [],
      interest_category_ids: [],
      operating_systems: [],
    },
    {
      saved_audience_id: SAVED_AUDIENCE_IDS.NORTH_AMERICA,
      saved_audience_name: 'North America 18+',
      advertiser_id: ADVERTISER_IDS.US,
      location_ids: [REGION_IDS.US, REGION_IDS.CANADA],
      age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
      gender: 'GENDER_UNLIMITED',
      languages: ['en'],
      audience_ids: [],
      excluded_audience_ids: [],
      interest_category_ids: [],
      operating_systems: ['IOS', 'ANDROID'],
    },
  ];
}
