/**
 * Old ids that links may still carry, mapped to today's ids. When a layer or a project is renamed,
 * add its old id here so links made before keep opening the same thing (tested in url.test.ts).
 */
export const LAYER_ALIASES: Readonly<Record<string, string>> = {
  kcn: 'industrial-parks',
  ccn: 'industrial-clusters',
  gates: 'border-gates',
};

export const FEATURE_ALIASES: Readonly<Record<string, string>> = {};
