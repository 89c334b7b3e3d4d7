/** The TikTok Marketing API emulator: public surface. */

export { describeEmulator, type EmulatorCliOptions, startEmulatorCli } from './cli.js';
export { CONTROL_PREFIX, stateSnapshot } from './control.js';
export type { CreativeState, ImageRecord, VideoRecord } from './creative-store.js';
export {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
  type EmulatorState,
  type ListenOptions,
} from './emulator.js';
export { CODE_MESSAGES, CODES, type Envelope } from './envelope.js';
export {
  type ActiveFault,
  API_PREFIX,
  type FaultController,
  type FaultKind,
  type FaultSpec,
  faultSpecSchema,
  normaliseEndpointPath,
} from './faults.js';
export { type JsonValue, parseJson, stringifyJson } from './json.js';
export { AGES, adDayCells, type Cell, type Counts, GENDERS, type HistoryAd } from './reporting/history.js';
export { addDays, dayIn, deliveryDays, historyAd } from './reporting/report.js';
export { type SampleKind, sampleAdGroupBody, tiktokTime } from './samples.js';
export * from './seed.js';
export {
  BC_ID,
  CAROUSEL_MUSIC_ID,
  IDENTITY_IDS,
  type SeedIdentity,
  type SeedMusic,
  SPARK_ITEM_ID,
} from './seed-creative.js';
export { AD_IDS, ADGROUP_IDS, type SeedAd, type SeedAdGroup } from './seed-delivery.js';
export { PERFORMANCE } from './seed-performance.js';
export { SAVED_AUDIENCE_IDS, type SeedSavedAudience } from './seed-saved-audiences.js';
export type { AdGroupRecord, AdRecord, CreatedAdGroup, RequestLogEntry, RequestOutcome } from './store.js';
