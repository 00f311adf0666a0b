import { describe, expect, it } from 'vitest';
import { isStoredMessage, isStoredRequest } from './stored-protocol';

describe('the stored-layers worker messages', () => {
  it('accepts its own messages and nothing else', () => {
    expect(isStoredMessage({ type: 'ready' })).toBe(true);
    expect(isStoredMessage({ type: 'progress', done: 1, total: 2 })).toBe(true);
    expect(isStoredMessage({ type: 'loaded', result: { ok: true, layers: [], unreadable: [] } })).toBe(true);
    expect(isStoredMessage({ type: 'loaded', result: { ok: false, reason: 'unavailable' } })).toBe(true);
    expect(isStoredMessage({ type: 'loaded', result: { ok: true } })).toBe(false);
    expect(isStoredMessage({ type: 'progress', done: '1' })).toBe(false);
    expect(isStoredMessage(null)).toBe(false);
    expect(isStoredRequest({ type: 'load-stored' })).toBe(true);
    expect(isStoredRequest({ type: 'import' })).toBe(false);
  });
});
