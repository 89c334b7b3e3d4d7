/**
 * A real MP4 file made in the test. No encoder is installed here (no ffmpeg), so the file is built
 * with mp4box's writer: a valid ISO base media file (ftyp, moov with an avc1 video track of the given
 * size, mdat) whose duration is the sum of its samples. The sample payloads are zero bytes, not
 * decodable H.264 frames: enough for what TikTok and the emulator read from a file (container,
 * duration, width, height, size), and the emulator parses it with mp4box's reader, not a stub.
 */
import { createFile } from 'mp4box';

/** avcC for Baseline profile 3.0 with no parameter sets: a well-formed decoder configuration box. */
const AVC_CONFIG = new Uint8Array([1, 0x42, 0x00, 0x1e, 0xff, 0xe0, 0x00]);

export function makeMp4(width: number, height: number, seconds: number): Buffer {
  const file = createFile();
  const timescale = 1000;
  const track = file.addTrack({
    type: 'avc1',
    width,
    height,
    timescale,
    duration: seconds * timescale,
    media_duration: seconds * timescale,
    avcDecoderConfigRecord: AVC_CONFIG.buffer,
  });
  for (let i = 0; i < seconds; i++) {
    file.addSample(track, new Uint8Array(256), { duration: timescale, is_sync: true });
  }
  if (file.moov?.mvhd) file.moov.mvhd.duration = seconds * timescale;
  const buffer = file.getBuffer();
  return Buffer.from(buffer.buffer, 0, buffer.byteLength);
}
