/**
 * The key that encrypts stored TikTok tokens. From ADGATE_SECRET_KEY (base64 of 32 bytes); when it
 * is not set outside production, the first start generates one into the data folder (mode 0600)
 * and later starts read it back. In production a missing key is a configuration error: a key that
 * silently changes would make every stored token unreadable.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Config, ConfigError } from '../config.js';

export interface SecretKey {
  key: Buffer;
  /** Set when this start generated the key: the caller says so. */
  generatedAt?: string;
}

function decode(base64: string, where: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) {
    throw new ConfigError(
      `${where} must be 32 random bytes in base64 (got ${key.length} bytes). Make one with: openssl rand -base64 32`,
    );
  }
  return key;
}

export function loadSecretKey(config: Pick<Config, 'secretKey' | 'env' | 'dataDir'>): SecretKey {
  if (config.secretKey) return { key: decode(config.secretKey, 'ADGATE_SECRET_KEY') };
  if (config.env === 'production') {
    throw new ConfigError(
      'ADGATE_SECRET_KEY is not set. In production adgate will not generate one, because stored TikTok tokens ' +
        'could not be read after a restart without it. Set it to 32 random bytes in base64 (openssl rand -base64 32).',
    );
  }
  const file = path.join(config.dataDir, 'secret.key');
  if (fs.existsSync(file)) return { key: decode(fs.readFileSync(file, 'utf8'), file) };
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx' fails if another process created the file meanwhile; then read theirs.
  try {
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return { key: decode(fs.readFileSync(file, 'utf8'), file) };
    throw error;
  }
  return { key, generatedAt: file };
}
