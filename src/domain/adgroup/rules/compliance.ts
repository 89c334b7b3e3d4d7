/**
 * Compliance: the HFSS food flag. Source: TikTok's "Update an ad group" doc (TT-UPD `is_hfss`: "you
 * can set this field to true when your targeting locations include the UK, Australia, New Zealand
 * and the EU").
 */
import { COUNTRY_NAMES, HFSS_COUNTRIES } from '../enums.js';
import type { Rule } from './context.js';

const hfssLocations: Rule = ({ args, s, add }) => {
  if (args.is_hfss !== true) return;
  // IDs this tool cannot place (regions, cities) may be in one of those countries.
  const placed = s.locationIds.every((id) => COUNTRY_NAMES[id] !== undefined);
  if (!placed || s.locationIds.some((id) => HFSS_COUNTRIES.includes(id))) return;
  const where = s.locationIds.map((id) => `${COUNTRY_NAMES[id]} (${id})`).join(', ');
  add(
    'is_hfss',
    'not_allowed_with',
    `is_hfss applies when the locations include the UK, Australia, New Zealand or the EU; location_ids is ${where}${s.locationsGiven ? '' : ' (the default)'}: add such a location, or remove is_hfss.`,
  );
};

export const COMPLIANCE_RULES: readonly Rule[] = [hfssLocations];
