import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { createOrgWithKey, executeRequest, type Harness, startHarness } from '../support/harness.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';

for (const target of storeTargets) {
  skipNotice(target, 'authentication');
  describe.skipIf(!target.available)(`authentication (${target.name})`, () => {
    let db: TestDatabase;
    let h: Harness;
    const clock = new ManualClock('2026-11-10T12:00:00Z');
    let key: string;
    let keyId: string;
    let organizationId: string;

    beforeAll(async () => {
      db = await target.create();
      h = await startHarness(db, { clock });
      ({ key, keyId, organizationId } = await createOrgWithKey(h.gateway));
    });
    afterAll(async () => {
      await h.close();
      await db.cleanup();
    });

    const call = (authorization: string | undefined) =>
      executeRequest(
        h.app,
        'get_usage_status',
        undefined,
        { arguments: {} },
        authorization ? { authorization } : {},
      );

    it('accepts a valid key', async () => {
      const res = await call(`Bearer ${key}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().success).toBe(true);
    });

    it.each([
      ['missing', undefined, /No API key/],
      ['not Bearer', `Basic ${Buffer.from('a:b').toString('base64')}`, /not a valid API key/],
      ['malformed', 'Bearer sk_live_short', /not a valid API key/],
      ['wrong prefix', `Bearer sk_test_${'a'.repeat(32)}`, /not a valid API key/],
      ['unknown', `Bearer sk_live_${'A'.repeat(32)}`, /not known/],
    ])('401 for a %s key', async (_label, authorization, message) => {
      const res = await call(authorization);
      expect(res.statusCode).toBe(401);
      const body = res.json();
      expect(body).toMatchObject({
        success: false,
        is_error: true,
        error_code: 'unauthenticated',
        tool: 'get_usage_status',
      });
      expect(body.error).toMatch(message);
      expect(res.headers['x-request-id']).toBe(body.request_id);
    });

    it('401 for an expired key', async () => {
      const { key: shortLived } = await h.gateway.keys.create(organizationId, {
        name: 'short',
        expiresInMs: 60_000,
      });
      expect((await call(`Bearer ${shortLived}`)).statusCode).toBe(200);
      clock.advance(61_000);
      const res = await call(`Bearer ${shortLived}`);
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatch(/expired/);
    });

    it('revocation takes effect on the very next request', async () => {
      const { key: doomed, record } = await h.gateway.keys.create(organizationId, { name: 'doomed' });
      expect((await call(`Bearer ${doomed}`)).statusCode).toBe(200);
      expect(await h.gateway.store.apiKeys.revoke(record.id, clock.now().toISOString())).toBe(true);
      const res = await call(`Bearer ${doomed}`);
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatch(/revoked/);
      // The other key is untouched.
      expect((await call(`Bearer ${key}`)).statusCode).toBe(200);
      expect(keyId).not.toBe(record.id);
    });

    it.skipIf(target.name !== 'sqlite')(
      'stores no plaintext key: the database file never contains one',
      async () => {
        const created = await h.gateway.keys.create(organizationId, { name: 'file-check' });
        await h.gateway.store.close().catch(() => {});
        const files = [db.url, `${db.url}-wal`].filter((f) => fs.existsSync(f));
        const bytes = Buffer.concat(files.map((f) => fs.readFileSync(f)));
        expect(bytes.includes(Buffer.from(created.key))).toBe(false);
        expect(bytes.includes(Buffer.from(key))).toBe(false);
        // The hash and the visible prefix are what is kept.
        expect(bytes.includes(Buffer.from(created.record.key_hash))).toBe(true);
        expect(bytes.includes(Buffer.from(created.record.prefix))).toBe(true);
        // Reopen for afterAll.
        h = await startHarness(db, { clock });
      },
    );
  });
}
