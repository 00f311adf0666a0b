import { describe, expect, it } from 'vitest';
import { sourceHref } from './sources';

describe('sourceHref', () => {
  it('links seed documents to the copies served with the app', () => {
    expect(sourceHref('seeds/002_68933ab98c9b54e0.txt')).toBe('./seeds/002_68933ab98c9b54e0.txt');
  });

  it('links http(s) sources and nothing else', () => {
    expect(sourceHref('https://vietnamnews.vn/a?b=1')).toBe('https://vietnamnews.vn/a?b=1');
    expect(sourceHref('javascript:alert(1)')).toBeUndefined();
    expect(sourceHref('data:text/html,<script>')).toBeUndefined();
    expect(sourceHref('seeds/../../etc/passwd')).toBeUndefined();
    expect(sourceHref('not a url')).toBeUndefined();
  });

  it('gives no link for an article cited without a known address', () => {
    expect(sourceHref('cite:lang-son-cuc-tang-truong-2024')).toBeUndefined();
  });
});
