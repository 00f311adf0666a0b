import type { Map as MlMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchOsm } from './osm-watch';

/** Just enough of a map to emit its 'error' and 'sourcedata' events. */
function fakeMap() {
  const handlers = new Map<string, Set<(e: unknown) => void>>();
  const map = {
    on: (type: string, fn: (e: unknown) => void) => {
      handlers.set(type, (handlers.get(type) ?? new Set()).add(fn));
    },
    off: (type: string, fn: (e: unknown) => void) => handlers.get(type)?.delete(fn),
  };
  const emit = (type: string, e: unknown) => {
    for (const fn of [...(handlers.get(type) ?? [])]) fn(e);
  };
  const listening = () => [...handlers.values()].reduce((n, s) => n + s.size, 0);
  return { map: map as unknown as MlMap, emit, listening };
}

afterEach(() => vi.useRealTimers());

describe('watchOsm', () => {
  it('reports a failed OpenStreetMap tile once, and stops listening', () => {
    const { map, emit, listening } = fakeMap();
    const onFail = vi.fn();
    watchOsm(map, onFail);
    emit('error', { sourceId: 'roads' });
    expect(onFail).not.toHaveBeenCalled();
    emit('error', { sourceId: 'osm' });
    emit('error', { sourceId: 'osm' });
    expect(onFail).toHaveBeenCalledTimes(1);
    expect(listening()).toBe(0);
  });

  it('reports tiles that take too long, and nothing once the first tile came', () => {
    vi.useFakeTimers();
    const slow = fakeMap();
    const onSlow = vi.fn();
    watchOsm(slow.map, onSlow);
    vi.advanceTimersByTime(12_000);
    expect(onSlow).toHaveBeenCalledTimes(1);

    const fine = fakeMap();
    const onFine = vi.fn();
    watchOsm(fine.map, onFine);
    fine.emit('sourcedata', { sourceId: 'osm', tile: {} });
    vi.advanceTimersByTime(60_000);
    fine.emit('error', { sourceId: 'osm' });
    expect(onFine).not.toHaveBeenCalled();
    expect(fine.listening()).toBe(0);
  });

  it('reports nothing after it is stopped (the base map was switched again)', () => {
    vi.useFakeTimers();
    const { map, emit } = fakeMap();
    const onFail = vi.fn();
    const stop = watchOsm(map, onFail);
    stop();
    emit('error', { sourceId: 'osm' });
    vi.advanceTimersByTime(60_000);
    expect(onFail).not.toHaveBeenCalled();
  });
});
