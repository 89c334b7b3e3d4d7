/** Admin keys: created and revoked from the CLI on the database's host (the root of trust). */
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';
import { adminKeyView } from './views.js';

export async function createAdminKey(gateway: Pick<Gateway, 'adminKeys'>, name?: string) {
  const { key, record } = await gateway.adminKeys.create(name);
  return { key, record: adminKeyView(record) };
}

export async function listAdminKeys(gateway: Pick<Gateway, 'store'>) {
  return (await gateway.store.adminKeys.list()).map(adminKeyView);
}

export async function revokeAdminKey(gateway: Pick<Gateway, 'store' | 'clock'>, id: string) {
  const record = await gateway.store.adminKeys.get(id);
  if (!record)
    throw new AppError(
      'not_found',
      `No admin key has the id "${id}"; \`adgate admin-keys list\` shows them.`,
    );
  if (record.revoked_at)
    throw new AppError('invalid_request', `Admin key ${id} was already revoked at ${record.revoked_at}.`);
  await gateway.store.adminKeys.revoke(id, gateway.clock.now().toISOString());
  return adminKeyView((await gateway.store.adminKeys.get(id)) ?? record);
}
