/**
 * The state's County-District-School code: 14 digits, 2 for the county, 5 for the district and
 * 7 for the school, the school part all zeros for a district or county office itself. The
 * California Department of Education writes it `19-64733-0000000`; it is stored as bare digits.
 */
export interface CdsCode {
  county: string;
  district: string;
  school: string;
}

const DISTRICT_LEVEL_SCHOOL = '0000000';
// California's 58 counties are numbered 01 (Alameda) to 58 (Yuba) in alphabetical order.
const LAST_COUNTY = 58;

/** The three parts, ignoring spaces and dashes; null unless 14 digits with a county 01–58. */
export function parseCdsCode(value: string): CdsCode | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{14}$/.test(digits)) return null;
  const county = digits.slice(0, 2);
  if (Number(county) < 1 || Number(county) > LAST_COUNTY) return null;
  return { county, district: digits.slice(2, 7), school: digits.slice(7) };
}

export function isCdsCode(value: string): boolean {
  return parseCdsCode(value) !== null;
}

/** The bare 14 digits to store, or null when `value` is not a CDS code. */
export function normalizeCdsCode(value: string): string | null {
  const code = parseCdsCode(value);
  return code && `${code.county}${code.district}${code.school}`;
}

/** The code as the state writes it, `19-64733-0000000`; null when `value` is not a CDS code. */
export function formatCdsCode(value: string): string | null {
  const code = parseCdsCode(value);
  return code && `${code.county}-${code.district}-${code.school}`;
}

/** True for the code of a district or county office itself rather than one of its schools. */
export function isDistrictLevelCdsCode(value: string): boolean {
  return parseCdsCode(value)?.school === DISTRICT_LEVEL_SCHOOL;
}
