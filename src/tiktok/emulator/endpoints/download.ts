/**
 * How the emulator fetches a URL the way TikTok does for UPLOAD_BY_URL: a GET with a time limit and
 * a size cap, redirects followed. A URL that cannot be fetched is TikTok's 40002 on the field.
 */
import { paramError } from '../envelope.js';

const TIMEOUT_MS = 10_000;

export interface Downloaded {
  bytes: Buffer;
  contentType: string;
}

export async function download(url: string, maxBytes: number, field: string): Promise<Downloaded> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw paramError(field, 'The file could not be downloaded from this URL.');
  }
  if (!response.ok) {
    throw paramError(field, `The file could not be downloaded from this URL (HTTP ${response.status}).`);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw paramError(field, `The file is larger than ${maxBytes} bytes.`);
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await response.arrayBuffer());
  } catch {
    // The body stopped, or dripped past the time limit: the same refusal as an unreachable URL.
    throw paramError(field, 'The file could not be downloaded from this URL.');
  }
  if (bytes.length > maxBytes) throw paramError(field, `The file is larger than ${maxBytes} bytes.`);
  return { bytes, contentType: response.headers.get('content-type') ?? '' };
}

export async function downloadFile(url: string, maxBytes: number, field: string): Promise<Buffer> {
  return (await download(url, maxBytes, field)).bytes;
}
