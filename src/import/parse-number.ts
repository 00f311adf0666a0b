/** Spaces documents put between groups of digits: space, no-break space, narrow no-break space. */
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/;
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;

/**
 * A number as Vietnamese (and English) documents print it: `2 378 456,12`, `2.378.456,12`,
 * `2,378,456.12`, `2378456.12`, `445123,4`. With both `.` and `,` the last is the decimal mark;
 * with one of them repeated it groups thousands; once, it is the decimal mark (`445,123` is
 * 445.123, as a Vietnamese reader takes it). Null when the text is not one number.
 */
export function parseNumber(text: string): number | null {
  let t = text.trim().replace(/^[−–]/, '-');
  if (!/^-?\d/.test(t)) return null;
  // Spaces only between groups of three digits.
  if (GROUP_SPACE.test(t)) {
    if (!/^-?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/.test(t)) return null;
    t = t.replace(GROUP_SPACES, '');
  }
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  let decimal: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
  else if (dots === 1) decimal = '.';
  else if (commas === 1) decimal = ',';
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : dots > 1 ? '.' : ',';
  const [whole = '', fraction] = decimal
    ? [t.slice(0, t.lastIndexOf(decimal)), t.slice(t.lastIndexOf(decimal) + 1)]
    : [t];
  if (whole.includes(group) && !/^-?\d{1,3}(?:[.,]\d{3})+$/.test(whole)) return null;
  const digits = whole.split(group).join('');
  if (!/^-?\d+$/.test(digits) || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  return Number(fraction === undefined ? digits : `${digits}.${fraction}`);
}

/** A number with its thousands written apart: `2 378 456,12` is four tokens when split at spaces. */
const LEAD = /^-?\d{1,3}$/;
const GROUP = /^\d{3}$/;
const LAST_GROUP = /^\d{3}(?:[.,]\d+)?$/;

/**
 * Every way a line of numbers can be read as a list of numbers: split at tabs, `;` or `|` when it has
 * them; at commas when every part is a plain number with a decimal point (`1,2378456.12,445123.4`);
 * else at spaces, where runs like `2 378 456,12` may be one number or several (`12 378 …` could be
 * point 12 then X): all the readings are returned, fewest numbers first, for the caller to choose
 * the one that fits. Empty when some part is not a number.
 */
export function numberReadings(line: string): number[][] {
  const text = line.trim();
  if (text === '') return [];
  if (/[\t;|]/.test(text)) {
    const parts = text.split(/\s*[\t;|]\s*/).filter((p) => p !== '');
    const numbers = parts.map(parseNumber);
    return numbers.every((n) => n !== null) ? [numbers as number[]] : [];
  }
  const readings: number[][] = [];
  const commaParts = text.split(/\s*,\s*/);
  if (commaParts.length >= 2 && commaParts.every((p) => /^-?\d+(?:\.\d+)?$/.test(p)))
    readings.push(commaParts.map(Number));
  const tokens = text.split(/[\s\u00a0\u202f]+/);
  const out: number[][] = [];
  const walk = (i: number, acc: number[]) => {
    if (out.length > 64) return;
    if (i === tokens.length) {
      out.push(acc);
      return;
    }
    const first = tokens[i] ?? '';
    const alone = parseNumber(first);
    if (alone !== null) walk(i + 1, [...acc, alone]);
    if (!LEAD.test(first)) return;
    // The same token followed by whole groups of three digits, the last maybe with decimals.
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j] ?? '';
      if (!LAST_GROUP.test(t)) break;
      const n = parseNumber(tokens.slice(i, j + 1).join(' '));
      if (n !== null) walk(j + 1, [...acc, n]);
      if (!GROUP.test(t)) break;
    }
  };
  walk(0, []);
  readings.push(...out.sort((a, b) => a.length - b.length));
  return readings;
}
