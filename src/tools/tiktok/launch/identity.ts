/**
 * Who the ad speaks as. TikTok requires an identity on every ad in v1.3 (reference
 * tiktok-tool-family.md §4.4); the decision (docs/tools/launch.md) follows TikTok's own help page
 * and the SDK's older field text: a non-Spark ad uses a CUSTOMIZED_USER identity, a Spark Ad a
 * TikTok-account identity (TT_USER, BC_AUTH_TT or AUTH_CODE).
 *
 * Resolution, in order: the identity named in the arguments; for a Spark Ad the first available
 * TikTok-account identity; otherwise the available CUSTOMIZED_USER whose display name is the ad's
 * (without a display name, the first one), else one created with the ad's display name (a launch
 * step), because a custom identity's name is what the ad shows.
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import type { ArgumentIssue } from '../../../errors.js';
import { createCustomIdentity, type Identity, listIdentitiesPage } from '../../../tiktok/identities.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { collectPages } from '../paging.js';
import type { Launch } from './runner.js';

export interface ChosenIdentity {
  identity_type: string;
  identity_id: string;
  identity_authorized_bc_id?: string | undefined;
  display_name?: string | undefined;
}

export interface IdentityWish {
  identity_id?: string | undefined;
  identity_type?: string | undefined;
  identity_authorized_bc_id?: string | undefined;
  display_name?: string | undefined;
  spark: boolean;
}

type Context = ToolContext<ToolServices>;

export async function listAllIdentities(
  ctx: Context,
  account: ResolvedAccount,
  bcId?: string,
): Promise<Identity[]> {
  const { tiktok } = ctx.services;
  const { items } = await onAccount(ctx, account, () =>
    collectPages((page, size) =>
      listIdentitiesPage(tiktok, account.accessToken, account.advertiserId, page, size, { bcId }),
    ),
  );
  return items.map((identity) => ({ ...identity, identity_id: String(identity.identity_id) }));
}

const available = (identity: Identity) => (identity.available_status ?? 'AVAILABLE') === 'AVAILABLE';

/** The identity the arguments ask for, one to reuse, or undefined when one must be created. */
export function pickIdentity(
  identities: Identity[],
  wish: IdentityWish,
): ChosenIdentity | ArgumentIssue | undefined {
  if (wish.identity_id !== undefined) {
    const found = identities.find((i) => i.identity_id === wish.identity_id);
    if (!found) {
      return {
        path: 'identity_id',
        code: 'not_found',
        message: `Identity ${wish.identity_id} is not among this advertiser's identities; list_tiktok_identities shows them.`,
      };
    }
    if (wish.identity_type !== undefined && found.identity_type !== wish.identity_type) {
      return {
        path: 'identity_type',
        code: 'invalid_value',
        message: `Identity ${wish.identity_id} is ${found.identity_type}, not ${wish.identity_type}.`,
      };
    }
    return chosen(found);
  }
  if (wish.spark) {
    const account = identities.find((i) => i.identity_type !== 'CUSTOMIZED_USER' && available(i));
    if (account) return chosen(account);
    return {
      path: 'tiktok_item_id',
      code: 'identity_required',
      message:
        'A Spark Ad needs a TikTok account identity (TT_USER or BC_AUTH_TT), and this advertiser has none available; list_tiktok_identities shows them.',
    };
  }
  const custom = identities.filter((i) => i.identity_type === 'CUSTOMIZED_USER' && available(i));
  // A custom identity shows its own name on the ad, so only one with the ad's display name will do.
  const same = custom.find((i) => i.display_name === (wish.display_name ?? custom[0]?.display_name));
  return same ? chosen(same) : undefined;
}

function chosen(identity: Identity): ChosenIdentity {
  return {
    identity_type: String(identity.identity_type),
    identity_id: identity.identity_id,
    identity_authorized_bc_id: identity.identity_authorized_bc_id,
    display_name: identity.display_name,
  };
}

/** The identity step of a launch: reuse one, or create a CUSTOMIZED_USER with the display name. */
export function identityStep(
  ctx: Context,
  account: ResolvedAccount,
  launch: Launch,
  wish: IdentityWish,
  picked: ChosenIdentity | undefined,
): Promise<ChosenIdentity> {
  const name = wish.display_name ?? account.name;
  const { tiktok } = ctx.services;
  const findCreated = async () => {
    const again = pickIdentity(await listAllIdentities(ctx, account), { ...wish, spark: false });
    return again && 'identity_id' in again && again.display_name === name ? again : undefined;
  };
  return launch.step<ChosenIdentity>({
    name: 'identity',
    label: picked ? `Use identity ${picked.display_name ?? picked.identity_id}` : `Create identity "${name}"`,
    run: async () => {
      if (picked) return json(picked);
      const id = await onAccount(ctx, account, () =>
        createCustomIdentity(tiktok, account.accessToken, account.advertiserId, name),
      );
      return json({ identity_type: 'CUSTOMIZED_USER', identity_id: id, display_name: name });
    },
    reconcile: async () => {
      const found = picked ?? (await findCreated());
      return found ? json(found) : undefined;
    },
  });
}

/** Without undefined fields, as it will read back from the launch record. */
function json(identity: ChosenIdentity): ChosenIdentity {
  return Object.fromEntries(
    Object.entries(identity).filter(([, v]) => v !== undefined),
  ) as unknown as ChosenIdentity;
}
