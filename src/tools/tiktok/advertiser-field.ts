/** The `advertiser_id` argument every TikTok tool takes (API contract, section 7). */
import { idString } from './fields/index.js';

export function advertiserIdField() {
  return idString('advertiser_id')
    .optional()
    .describe(
      'TikTok advertiser ID to act on. Required when several advertiser accounts are connected; get it from ' +
        'list_connected_accounts. With one connected account it may be left out.',
    );
}
