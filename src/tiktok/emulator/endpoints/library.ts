/**
 * What the image and video uploads read alike. Sources: SDK `python_sdk/docs/FileImageAdUpload.md`
 * and `FileApi.md` ad_video_upload (`upload_type`, the URL, `file_name` as strings; `file_name`
 * 1-100 characters) and reference tiktok-tool-family.md §4.6 (a file name is unique per
 * advertiser; without one, TikTok names the file after the URL's last path segment).
 */
import { paramError } from '../envelope.js';
import type { EndpointContext } from './types.js';

export function readString(ctx: EndpointContext, field: string, required: boolean): string | undefined {
  const value = ctx.body[field];
  if (value === undefined || value === '') {
    if (required) throw paramError(field, 'Missing data for required field.');
    return undefined;
  }
  if (typeof value !== 'string') throw paramError(field, 'Not a valid string.');
  return value;
}

function lastSegment(url: string, fallback: string): string {
  const segment = new URL(url).pathname.split('/').pop() || fallback;
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed %-escape: the segment as sent.
    return segment;
  }
}

/** The upload's file name: the one given, or the URL's last segment; refused when the advertiser has it. */
export function uploadFileName(
  ctx: EndpointContext,
  url: string,
  fallback: string,
  taken: (name: string) => boolean,
): string {
  const given = readString(ctx, 'file_name', false);
  if (given !== undefined && given.length > 100)
    throw paramError('file_name', 'Length must be between 1 and 100.');
  const name = given ?? lastSegment(url, fallback).slice(0, 100);
  if (taken(name))
    throw paramError('file_name', `Duplicated material name: ${name}. Please use another name.`);
  return name;
}

/** A library record as TikTok answers it: the owner is the request's advertiser, not a field. */
export function toWire<T extends { advertiser_id: string }>({
  advertiser_id: _owner,
  ...record
}: T): Omit<T, 'advertiser_id'> {
  return record;
}
