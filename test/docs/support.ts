/** Helpers of the docs suites: a gateway on a fresh SQLite file (the docs read no database), and HTML to text. */

import { type Harness, type HarnessOptions, startHarness } from '../support/harness.js';
import { storeTargets } from '../support/stores.js';
import { startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

const sqlite = storeTargets.find((target) => target.name === 'sqlite')!;

export async function docsHarness(options: HarnessOptions = {}): Promise<Harness> {
  const db = await sqlite.create();
  const h = await startHarness(db, options);
  return {
    ...h,
    close: async () => {
      await h.close();
      await db.cleanup();
    },
  };
}

export async function docsTikTokHarness(options: HarnessOptions = {}): Promise<TikTokHarness> {
  const db = await sqlite.create();
  const h = await startTikTokHarness(db, options);
  return {
    ...h,
    close: async () => {
      await h.close();
      await db.cleanup();
    },
  };
}

/** The text a browser shows for a piece of HTML: tags dropped, entities decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<\/?(?:td|th|tr|p|br|li|h\d|pre|table)\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A description as the pages show it: the markdown markers they render (`code`, **bold**) removed. */
export function shownDescription(description: string): string {
  return description
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
