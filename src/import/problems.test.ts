import { describe, expect, it } from 'vitest';
import { capProblems, PROBLEM_CODES, PROBLEM_PARAMS, type Problem } from './problems';

describe('problem codes', () => {
  it('are unique and each declares its params', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    expect(Object.keys(PROBLEM_PARAMS).sort()).toEqual([...PROBLEM_CODES].sort());
  });
});

describe('capProblems', () => {
  const many = (n: number): Problem[] =>
    Array.from({ length: n }, (_, i) => ({ code: 'line-too-short', feature: i + 1 }));

  it('keeps a short list as it is', () => {
    expect(capProblems(many(50))).toEqual(many(50));
  });

  it('cuts a long list and says how many were left out', () => {
    const capped = capProblems(many(123));
    expect(capped).toHaveLength(51);
    expect(capped[49]).toEqual({ code: 'line-too-short', feature: 50 });
    expect(capped[50]).toEqual({ code: 'more-problems', params: { count: 73 } });
    expect(capProblems(many(5), 2)).toEqual([...many(2), { code: 'more-problems', params: { count: 3 } }]);
  });
});
