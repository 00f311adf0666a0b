import { describe, expect, it } from 'vitest';
import { coverInsets, shiftIntoView } from './keep-in-view';

const AREA = { left: 0, top: 0, right: 800, bottom: 600 };
const box = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('shiftIntoView', () => {
  it('leaves a box that lies within the area where it is', () => {
    expect(shiftIntoView(box(100, 100, 300, 200), AREA, 8)).toEqual([0, 0]);
    expect(shiftIntoView(box(8, 8, 784, 584), AREA, 8)).toEqual([0, 0]);
  });

  it('pans as far as needed to bring an edge inside, the margin included', () => {
    // Off the top (the popup of a feature chosen near the top edge) and off the right.
    expect(shiftIntoView(box(600, -460, 340, 288), AREA, 8)).toEqual([148, -468]);
    // Off the bottom and the left.
    expect(shiftIntoView(box(-20, 500, 100, 200), AREA, 8)).toEqual([-28, 108]);
  });

  it('keeps the start of a box larger than the area in view', () => {
    expect(shiftIntoView(box(100, 300, 900, 200), AREA, 8)).toEqual([92, 0]);
    expect(shiftIntoView(box(100, 300, 300, 700), AREA, 8)).toEqual([0, 292]);
    expect(shiftIntoView(box(100, -50, 300, 700), AREA, 8)).toEqual([0, -58]);
  });

  it('measures against an area that starts away from the origin (panels cover the rest)', () => {
    const free = { left: 370, top: 52, right: 1220, bottom: 416 };
    expect(shiftIntoView(box(200, 60, 340, 200), free, 8)).toEqual([-178, 0]);
    expect(shiftIntoView(box(500, 200, 340, 288), free, 8)).toEqual([0, 80]);
  });
});

describe('coverInsets', () => {
  const MAP = { left: 59, top: 0, right: 1280, bottom: 416 };
  it('counts nothing when no panel lies over the map', () => {
    expect(coverInsets(MAP, [])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    // Beside it (the side panel) or under it (the site table).
    expect(coverInsets(MAP, [box(0, 0, 59, 800), box(59, 416, 1221, 384)])).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
  });

  it('counts each panel along the edge it takes least from', () => {
    const toolbar = box(69, 10, 470, 34);
    const list = box(69, 52, 360, 328);
    expect(coverInsets(MAP, [toolbar])).toEqual({ top: 44, right: 0, bottom: 0, left: 0 });
    expect(coverInsets(MAP, [toolbar, list])).toEqual({ top: 44, right: 0, bottom: 0, left: 370 });
    // A detail sheet over the bottom of a phone's map.
    expect(coverInsets({ left: 0, top: 0, right: 390, bottom: 506 }, [box(0, 338, 390, 506)])).toEqual({
      top: 0,
      right: 0,
      bottom: 168,
      left: 0,
    });
  });

  it('leaves out a panel over most of the map, and keeps part of each side free', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 506 };
    expect(coverInsets(phone, [box(0, 64, 390, 442)])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    const both = coverInsets(phone, [box(0, 0, 390, 250), box(0, 300, 390, 206)]);
    expect(both.top + both.bottom).toBeLessThanOrEqual(0.6 * 506);
    expect(both.top).toBeGreaterThan(both.bottom);
  });
});
