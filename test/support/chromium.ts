/**
 * Debian's Chromium driven by playwright-core. Browser suites skip, loudly, when it is missing;
 * on a failure they save a screenshot under test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumAvailable = fs.existsSync(CHROMIUM_PATH);

export function chromiumSkipNotice(suite: string): void {
  // CI installs Chromium and sets this, so a missing browser fails there instead of skipping.
  if (!chromiumAvailable && process.env.ADGATE_REQUIRE_CHROMIUM === '1') {
    throw new Error(`${CHROMIUM_PATH} is missing but ADGATE_REQUIRE_CHROMIUM=1: "${suite}" cannot run.`);
  }
  if (!chromiumAvailable) {
    console.warn(
      `\n!!! SKIPPED "${suite}": ${CHROMIUM_PATH} is missing (install Debian's chromium to run it).\n`,
    );
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs `steps`; if they fail, a screenshot of the page goes to test-results/<name>.png first. */
export async function withScreenshotOnFailure<T>(
  page: Page,
  name: string,
  steps: () => Promise<T>,
): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    fs.mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: path.join('test-results', `${name}.png`), fullPage: true }).catch(() => {});
    throw error;
  }
}
