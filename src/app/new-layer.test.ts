import { describe, expect, it } from 'vitest';
import { pickColor, USER_COLORS, uniqueName } from './new-layer';

describe('pickColor', () => {
  it('takes the first colour no layer wears, even after a layer was removed', () => {
    expect(pickColor([])).toBe(USER_COLORS[0]);
    expect(pickColor([USER_COLORS[0], USER_COLORS[2]])).toBe(USER_COLORS[1]);
    // A user-chosen colour outside the palette takes nothing from it.
    expect(pickColor(['#000000', USER_COLORS[0].toUpperCase()])).toBe(USER_COLORS[1]);
  });

  it('shares a colour only once all are worn, and then the least worn', () => {
    const all = [...USER_COLORS];
    expect(pickColor(all)).toBe(USER_COLORS[0]);
    expect(pickColor([...all, USER_COLORS[0], USER_COLORS[1]])).toBe(USER_COLORS[2]);
  });
});

describe('uniqueName', () => {
  it('keeps a new name and numbers a repeated one', () => {
    expect(uniqueName('cluster', [])).toBe('cluster');
    expect(uniqueName('cluster', ['cluster'])).toBe('cluster (2)');
    expect(uniqueName('cluster', ['cluster', 'cluster (2)'])).toBe('cluster (3)');
    expect(uniqueName('cluster (2)', ['cluster', 'cluster (2)'])).toBe('cluster (2) (2)');
  });
});
