/**
 * What TikTok reads from an uploaded video file: duration, width, height and container, parsed
 * from the real bytes with mp4box (GPAC's MP4 parser). MP4 and QuickTime (.mov) share the ISO box
 * format; a file mp4box cannot parse, or without a video track, is not a video.
 */
import { createFile, MP4BoxBuffer } from 'mp4box';

export interface VideoFacts {
  /** Seconds. */
  duration: number;
  width: number;
  height: number;
  /** `mp4` or `mov` (QuickTime's `qt  ` brand). */
  format: string;
  bitRate: number;
}

export function probeVideo(bytes: Buffer): VideoFacts | undefined {
  const file = createFile();
  let facts: VideoFacts | undefined;
  file.onError = () => {
    facts = undefined;
  };
  file.onReady = (info) => {
    const track = info.videoTracks[0];
    if (!track?.video) return;
    const seconds = info.timescale > 0 ? info.duration / info.timescale : 0;
    facts = {
      duration: Math.round(seconds * 1000) / 1000,
      width: track.video.width,
      height: track.video.height,
      format: info.brands.includes('qt  ') ? 'mov' : 'mp4',
      bitRate: track.bitrate,
    };
  };
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, 0));
    file.flush();
  } catch {
    return undefined;
  }
  return facts;
}
