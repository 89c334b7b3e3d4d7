import { describe, expect, it } from 'vitest';
import { closestMatches, didYouMean } from './suggest.js';

const fields = [
  'interest_keyword_ids',
  'interest_keywords',
  'interest_category_ids',
  'location_ids',
  'budget',
  'budget_mode',
];

describe('suggestions', () => {
  it.each([
    ['interest_keyword_id', 'interest_keyword_ids'],
    ['budjet', 'budget'],
    ['location_id', 'location_ids'],
    ['BUDGET_MODE', 'budget_mode'],
  ])('%s → %s', (input, expected) => {
    expect(closestMatches(input, fields)[0]).toBe(expected);
  });

  it('suggests nothing for something unrelated', () => {
    expect(didYouMean('zzzzzz', fields)).toBe('');
  });

  it('words the hint as a question', () => {
    expect(didYouMean('budjet', fields)).toBe(' Did you mean `budget`?');
  });
});
