import { describe, expect, it } from 'vitest';
import {
  AGE_GROUPS,
  BID_TYPES,
  GENDERS,
  NETWORK_TYPES,
  PLACEMENTS,
  STATISTIC_TYPES,
} from '../domain/adgroup/enums.js';
import { closestMatch, didYouMean, editDistance, nearest, normalizeToken } from './suggest.js';

describe('closestMatch', () => {
  it.each([
    ['GENDER_MALES', 'GENDER_MALE', GENDERS],
    ['male', 'GENDER_MALE', GENDERS],
    ['female', 'GENDER_FEMALE', GENDERS],
    ['gender-unlimited', 'GENDER_UNLIMITED', GENDERS],
    ['CUSTOM', 'BID_TYPE_CUSTOM', BID_TYPES],
    ['BID_TYPE_NOBID', 'BID_TYPE_NO_BID', BID_TYPES],
    ['18-24', 'AGE_18_24', AGE_GROUPS],
    ['AGE_18_25', 'AGE_18_24', AGE_GROUPS],
    ['55+', 'AGE_55_100', AGE_GROUPS],
    ['tiktok', 'PLACEMENT_TIKTOK', PLACEMENTS],
    ['5g', '5G', NETWORK_TYPES],
    ['1D_VIEW + 7D_CLICK', '1D_VIEW_7D_CLICK', STATISTIC_TYPES],
  ] as const)('%s → %s', (input, expected, candidates) => {
    expect(closestMatch(input, candidates)).toBe(expected);
  });

  it.each([
    ['6G', 'equally close to 2G, 3G, 4G and 5G', NETWORK_TYPES],
    ['PURPLE', 'nothing close', GENDERS],
    ['', 'empty input', GENDERS],
  ] as const)('%s → no suggestion (%s)', (input, _why, candidates) => {
    expect(closestMatch(input, candidates)).toBeUndefined();
  });

  it('suggests field names too', () => {
    expect(closestMatch('intrest_keyword_ids', ['interest_keyword_ids', 'interest_category_ids'])).toBe(
      'interest_keyword_ids',
    );
  });
});

describe('helpers', () => {
  it('normalizeToken folds case and separators', () => {
    expect(normalizeToken(' gender male ')).toBe('GENDER_MALE');
    expect(normalizeToken('a--b__c')).toBe('A_B_C');
  });
  it('editDistance counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('didYouMean is ready to append', () => {
    expect(didYouMean('male', GENDERS)).toBe(' Did you mean `GENDER_MALE`?');
    expect(didYouMean('zzz', GENDERS)).toBe('');
    expect(didYouMean({}, GENDERS)).toBe('');
  });
});

describe('nearest', () => {
  const tools = [
    'get_usage_status',
    'list_connected_accounts',
    'add_tiktok_ad_group',
    'list_tiktok_campaigns',
  ];

  it('ranks the close ones first and leaves the unrelated out', () => {
    expect(nearest('get_usage_stats', tools)).toEqual(['get_usage_status']);
    expect(nearest('add_tiktok_adgroup', tools)[0]).toBe('add_tiktok_ad_group');
    expect(nearest('tiktok_campaigns', tools)).toEqual(['list_tiktok_campaigns']);
    expect(nearest('zzzzzzzz', tools)).toEqual([]);
  });
});
