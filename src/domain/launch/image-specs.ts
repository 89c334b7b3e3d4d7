/**
 * Image specs per placement, checked by validate_and_prepare_tiktok_assets on what TikTok itself
 * measured after the upload (width, height, format, size). What is a hard rule and what a
 * recommendation, and where each comes from, is in docs/tools/launch.md:
 * - format JPG or PNG, under 50 MB, at most 3,686,400 pixels (reference tiktok-tool-family.md §4.6:
 *   TikTok's upload recommendation; the emulator refuses other formats as TikTok does);
 * - TikTok placement (images run as a carousel): 9:16, 1:1 or 16:9, short side at least 540 px;
 * - Pangle and Global App Bundle: also 1.91:1 (TikTok's help page "Image Ads Specification"
 *   suggests 1200×628), short side at least 375 px.
 * Ratios match within ±0.05, TikTok's own tolerance in `/file/image/ad/search/` (§4.6).
 */
export interface MeasuredImage {
  width: number;
  height: number;
  format: string;
  size: number;
}

export interface RatioSpec {
  label: string;
  value: number;
}

const R = (w: number, h: number): RatioSpec => ({ label: `${w}:${h}`, value: w / h });

export const PLACEMENT_SPECS: Record<string, { ratios: RatioSpec[]; minShortSide: number }> = {
  PLACEMENT_TIKTOK: { ratios: [R(9, 16), R(1, 1), R(16, 9)], minShortSide: 540 },
  PLACEMENT_PANGLE: {
    ratios: [R(9, 16), R(1, 1), R(16, 9), { label: '1.91:1', value: 1.91 }],
    minShortSide: 375,
  },
  PLACEMENT_GLOBAL_APP_BUNDLE: {
    ratios: [R(9, 16), R(1, 1), R(16, 9), { label: '1.91:1', value: 1.91 }],
    minShortSide: 375,
  },
};

export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
export const MAX_PIXELS = 3_686_400;
const TOLERANCE = 0.05;

/** The image's ratio in words: `4:3`, or `1.33:1` when it is not a small fraction. */
export function describeRatio(width: number, height: number): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = gcd(width, height);
  const [w, h] = [width / d, height / d];
  return w <= 32 && h <= 32 ? `${w}:${h}` : `${(width / height).toFixed(2)}:1`;
}

/** Every problem of one image for the placements it will run on; empty when it passes. */
export function imageProblems(image: MeasuredImage, placements: string[]): string[] {
  const problems: string[] = [];
  if (image.format !== 'jpeg' && image.format !== 'png' && image.format !== 'jpg') {
    problems.push(`format ${image.format}: TikTok takes JPG or PNG`);
  }
  if (image.size > MAX_IMAGE_BYTES) problems.push(`${image.size} bytes: at most 50 MB`);
  if (image.width * image.height > MAX_PIXELS) {
    problems.push(`${image.width}×${image.height} is more than ${MAX_PIXELS} pixels (e.g. 1440×2560)`);
  }
  const ratio = image.width / image.height;
  for (const placement of placements) {
    const spec = PLACEMENT_SPECS[placement];
    if (!spec) continue;
    const where = placement.replace('PLACEMENT_', '').replaceAll('_', ' ').toLowerCase();
    if (!spec.ratios.some((r) => Math.abs(ratio - r.value) <= TOLERANCE)) {
      problems.push(
        `aspect ratio ${describeRatio(image.width, image.height)} (${image.width}×${image.height}) is not accepted on ${where}; use ${spec.ratios.map((r) => r.label).join(', ')}`,
      );
    }
    if (Math.min(image.width, image.height) < spec.minShortSide) {
      problems.push(
        `${image.width}×${image.height} is too small for ${where}: the short side needs at least ${spec.minShortSide} px`,
      );
    }
  }
  return problems;
}
