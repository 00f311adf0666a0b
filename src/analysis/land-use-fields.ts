import { fold } from './fold';

/**
 * Names that hold land-use codes in Vietnamese cadastral and land-use data even when no value can
 * be read (an archive's metadata lists its fields, not their values): only the names that hold
 * the letter codes, not MALOAIDAT (a number in a cadastral table) or `landuse` (OpenStreetMap's words).
 */
const CODE_ONLY_NAMES = new Set(['khloaidat', 'loaidat', 'mdsd', 'mdsd2003', 'kh2003', 'kyhieumucdich']);

/** The field of an archive's source layer that is named as land-use codes are, if one is. */
export function landUseFieldByName(names: readonly string[]): string | null {
  return names.find((n) => CODE_ONLY_NAMES.has(fold(n).replace(/[^a-z0-9]/g, ''))) ?? null;
}
