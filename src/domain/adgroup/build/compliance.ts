/** Creative and compliance settings (SDK `is_hfss`, `is_lhf_compliance`, `skip_learning_phase`). */
import { UK_LOCATION_ID } from '../enums.js';
import type { BodyBuilder } from './builder.js';

export function buildCompliance(b: BodyBuilder): void {
  const { args, s } = b;
  b.put('creative_material_mode', args.creative_material_mode);
  b.put('skip_learning_phase', args.skip_learning_phase);
  if (args.skip_learning_phase === true) {
    b.warn(
      'skip_learning_phase was sent, but TikTok documents it as taking effect only for catalog-sales ad groups billed OCPM; expect the normal learning phase here.',
    );
  }
  b.put('video_download_disabled', args.video_download_disabled);
  b.put('comment_disabled', args.comment_disabled);
  b.put('is_hfss', args.is_hfss);
  if (args.is_hfss !== true) return;
  if (s.locationIds.includes(UK_LOCATION_ID)) {
    b.put(
      'is_lhf_compliance',
      b.applied(
        'is_lhf_compliance',
        true,
        'is_hfss is on and the UK is targeted: since 2026-01-01 TikTok requires this confirmation that the ads follow the UK rules for less healthy food',
      ),
    );
    return;
  }
  b.warn(
    'is_hfss is on: if a location is in the UK (a region rather than the whole country), TikTok also requires is_lhf_compliance, which is sent only when location_ids names the UK (2635167).',
  );
}
