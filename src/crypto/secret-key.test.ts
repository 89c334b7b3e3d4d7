import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { loadSecretKey } from './secret-key.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'adgate-secret-'));

describe('loadSecretKey', () => {
  it('uses ADGATE_SECRET_KEY when set', () => {
    const key = Buffer.alloc(32, 3);
    const loaded = loadSecretKey({ secretKey: key.toString('base64'), env: 'production', dataDir: tmp() });
    expect(loaded.key.equals(key)).toBe(true);
    expect(loaded.generatedAt).toBeUndefined();
  });

  it('refuses a key that is not 32 bytes, saying how to make one', () => {
    expect(() =>
      loadSecretKey({ secretKey: Buffer.alloc(16).toString('base64'), env: 'development', dataDir: tmp() }),
    ).toThrow(/32 random bytes.*openssl rand -base64 32/);
  });

  it('generates one into the data folder with mode 0600 on first start, and reads it back later', () => {
    const dataDir = tmp();
    const first = loadSecretKey({ secretKey: undefined, env: 'development', dataDir });
    const file = path.join(dataDir, 'secret.key');
    expect(first.generatedAt).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = loadSecretKey({ secretKey: undefined, env: 'development', dataDir });
    expect(second.generatedAt).toBeUndefined();
    expect(second.key.equals(first.key)).toBe(true);
  });

  it('refuses to start in production without a key', () => {
    const dataDir = tmp();
    expect(() => loadSecretKey({ secretKey: undefined, env: 'production', dataDir })).toThrow(ConfigError);
    expect(() => loadSecretKey({ secretKey: undefined, env: 'production', dataDir })).toThrow(
      /ADGATE_SECRET_KEY is not set/,
    );
    expect(fs.existsSync(path.join(dataDir, 'secret.key'))).toBe(false);
  });
});
