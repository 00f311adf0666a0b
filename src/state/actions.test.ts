import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { freshState } from '../../tests/fixtures/app-state';
import type { ImportedLayer } from '../import/imported-store';
import { serialiseCollection } from '../import/layer-data';
import { type AppState, initialState, type Popup, selectedId } from './app-state';
import {
  addImported,
  importedLoaded,
  moveImported,
  removeImported,
  updateImported,
} from './imported-actions';
import { removeFromCompare, setCompare } from './investor-actions';
import {
  baseMapFailed,
  chooseBaseMap,
  chooseMapStyle,
  moveLayer,
  setLayerOpacity,
  setSwipe,
  systemContrastChanged,
  toggleLayer,
} from './layer-actions';
import { chooseUserFeature, selectedDetails, showDetails } from './list-actions';
import { addMeasurePoint, endMeasure, setMeasure } from './measure-actions';
import { dismissNotice, notify, notifyUnknown } from './notice-actions';
import { closeSites, openPanel, openSites, pressEscape, setKeysOpen, setListOpen } from './panel-actions';
import { closePopups } from './popup-actions';
import { cameraMoved, chooseFeature, choosePlace, mapClick, select } from './selection-actions';
import { mapStyleOf } from './selectors';
import {
  layerKept,
  layerNotKept,
  notKeptText,
  storedLayersFailed,
  storedLoading,
  storedUnreadable,
} from './storage-actions';
import { createStore } from './store';
import { DEFAULT_STATE } from './url';

const at: [number, number] = [106.76, 21.85];
const layer = (id: string, addedAt: string): ImportedLayer => ({
  id,
  name: id,
  format: 'geojson',
  addedAt,
  color: '#000',
  opacity: 1,
  visible: true,
  data: serialiseCollection({ type: 'FeatureCollection', features: [] }),
});

describe('the store', () => {
  it('tells listeners of a change, not of an action that changed nothing', () => {
    const store = createStore(freshState());
    const seen: [AppState, AppState][] = [];
    const stop = store.subscribe((next, prev) => seen.push([next, prev]));
    const before = store.get();
    store.update((s) => toggleLayer(s, 'wind', !s.layers.visible.has('wind')));
    store.update((s) => toggleLayer(s, 'wind', s.layers.visible.has('wind')));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.[1]).toBe(before);
    stop();
    store.update((s) => setSwipe(s, 'base'));
    expect(seen).toHaveLength(1);
  });
});

describe('layer actions', () => {
  it('toggles a layer without touching the state it was given', () => {
    const s = freshState();
    const on = s.layers.visible.has('wind');
    const next = toggleLayer(s, 'wind', !on);
    expect(next.layers.visible.has('wind')).toBe(!on);
    expect(s.layers.visible.has('wind')).toBe(on);
    expect(toggleLayer(next, 'wind', !on)).toBe(next);
  });

  it('moves a layer within its group only, and says nothing changed at the group edge', () => {
    const s = freshState();
    const plan = CATALOG.filter((d) => d.group === CATALOG.at(-1)?.group).map((d) => d.id);
    const top = plan.at(-1) as string;
    expect(moveLayer(s, CATALOG, top, 'up')).toBe(s);
    const down = moveLayer(s, CATALOG, top, 'down');
    expect(down.layers.order.indexOf(top)).toBe(s.layers.order.indexOf(top) - 1);
    expect(new Set(down.layers.order)).toEqual(new Set(s.layers.order));
  });

  it('keeps opacity per layer', () => {
    expect(setLayerOpacity(freshState(), 'roads', 0.4).layers.opacity).toEqual({ roads: 0.4 });
  });

  it('a failed online base map goes back to the embedded one with one notice; choosing again clears it', () => {
    const failed = baseMapFailed(baseMapFailed(freshState({ baseMap: 'osm' })));
    expect(failed.baseMap).toBe('embedded');
    expect(failed.notices.map((n) => n.id)).toEqual(['basemap']);
    const again = chooseBaseMap(failed, 'osm');
    expect(again.baseMap).toBe('osm');
    expect(again.notices).toEqual([]);
  });

  it('the map style: the system preference until the user or a link chooses, then the choice', () => {
    const link = { state: DEFAULT_STATE, unknown: [], ignored: [] };
    expect(mapStyleOf(initialState(link, CATALOG, false, true))).toBe('contrast');
    expect(mapStyleOf(initialState(link, CATALOG, false, false))).toBe('normal');
    const linked = { ...link, state: { ...DEFAULT_STATE, mapStyle: 'normal' as const } };
    expect(mapStyleOf(initialState(linked, CATALOG, false, true))).toBe('normal');
    const s = freshState();
    expect(mapStyleOf(systemContrastChanged(s, true))).toBe('contrast');
    const chosen = chooseMapStyle(s, 'normal');
    expect(chosen.mapStyle).toBe('normal');
    expect(mapStyleOf(systemContrastChanged(chosen, true))).toBe('normal');
    expect(chooseMapStyle(chosen, 'normal')).toBe(chosen);
  });

  it('the divider closes popups (it would cut one in two)', () => {
    const s = select(freshState(), 'kcn-vsip-huu-lung', at);
    expect(setSwipe(s, '2030').popup).toBeNull();
  });
});

describe('selection actions', () => {
  it('a click on several plan features asks which; on one, selects it there', () => {
    const s = freshState();
    expect(mapClick(s, { planIds: ['a', 'b'], userKey: null, userOnTop: false, at }).popup).toEqual({
      kind: 'choice',
      ids: ['a', 'b'],
      at,
    });
    const one = mapClick(s, { planIds: ['a'], userKey: null, userOnTop: false, at });
    expect(one.popup).toEqual({ kind: 'plan', id: 'a', at, fly: false });
    // A click on nothing closes the popup.
    expect(mapClick(one, { planIds: [], userKey: null, userOnTop: false, at }).popup).toBeNull();
  });

  it("the user's own feature shows first when it lies on top or alone", () => {
    const s = freshState();
    const top = mapClick(s, { planIds: ['a'], userKey: 'l/1', userOnTop: true, at });
    expect(top.popup).toEqual({ kind: 'user', key: 'l/1', at });
    const under = mapClick(s, { planIds: ['a'], userKey: 'l/1', userOnTop: false, at });
    expect(under.popup).toMatchObject({ kind: 'plan', id: 'a' });
  });

  it('choosing from a list flies there and shows the layer', () => {
    const s = toggleLayer(freshState(), 'wind', false);
    const next = chooseFeature(s, 'wind-x', 'wind');
    expect(next.popup).toEqual({ kind: 'plan', id: 'wind-x', fly: true });
    expect(next.layers.visible.has('wind')).toBe(true);
  });

  it("a feature of the user's chosen from the list opens its popup there and centres the map", () => {
    const s = freshState({ popup: { kind: 'plan', id: 'kcn-a', fly: false }, camera: null });
    const next = chooseUserFeature(s, 'user-a/1', at);
    expect(next.popup).toEqual({ kind: 'user', key: 'user-a/1', at });
    expect(next.cameraRequest?.camera).toMatchObject({ lng: at[0], lat: at[1], zoom: 11 });
    const zoomed = { ...s, camera: { lng: 0, lat: 0, zoom: 14, bearing: 0, pitch: 0 } };
    expect(chooseUserFeature(zoomed, 'user-a/1', at).cameraRequest?.camera?.zoom).toBe(14);
  });

  it('the list view and the shortcuts help open and close, never in a link', () => {
    const s = freshState();
    expect([s.listOpen, s.keysOpen]).toEqual([false, false]);
    const open = setKeysOpen(setListOpen(s, true), true);
    expect([open.listOpen, open.keysOpen]).toEqual([true, true]);
    expect(setListOpen(open, true)).toBe(open);
    expect(setListOpen(open, false).listOpen).toBe(false);
    expect(setKeysOpen(open, false).keysOpen).toBe(false);
  });

  it('D opens the details of the selected feature, and the list opens those of a row', () => {
    const s = freshState();
    expect(selectedDetails(s)).toBe(s);
    expect(selectedDetails(select(s, 'kcn-a')).panel).toEqual({
      kind: 'detail',
      id: 'kcn-a',
    });
    expect(showDetails(s, 'kcn-b').panel).toEqual({ kind: 'detail', id: 'kcn-b' });
  });

  it('a place from the search moves the camera, a fresh request each time', () => {
    const place = { id: 'p', label: 'Đồng Đăng', kindLabel: 'Town', at };
    const once = choosePlace(freshState(), place);
    const twice = choosePlace(once, place);
    expect(once.popup).toEqual({ kind: 'place', ...place });
    expect(once.cameraRequest?.camera).toMatchObject({ lng: at[0], lat: at[1], zoom: 12 });
    expect(twice.cameraRequest?.seq).toBe((once.cameraRequest?.seq ?? 0) + 1);
  });

  it('closePopups closes whichever kind is open and is a no-op when none is', () => {
    const s = freshState();
    expect(closePopups(s)).toBe(s);
    const kinds: Popup[] = [
      { kind: 'choice', ids: ['a'], at },
      { kind: 'place', id: 'p', label: 'P', kindLabel: 'Town', at },
      { kind: 'user', key: 'k', at },
      { kind: 'plan', id: 'a', fly: false },
      { kind: 'archive', layerId: 'archive-a', sourceLayer: null, properties: {}, at },
    ];
    for (const popup of kinds) expect(closePopups({ ...s, popup }).popup).toBeNull();
  });

  it('a camera that did not move changes nothing (no re-render, no link write)', () => {
    const cam = { zoom: 9, lat: 21.8, lng: 106.7, bearing: 0, pitch: 0 };
    const moved = cameraMoved(freshState(), cam);
    expect(moved.camera).toEqual(cam);
    expect(cameraMoved(moved, { ...cam })).toBe(moved);
  });
});

describe('panel actions', () => {
  it('Escape goes from the sheet to the details, closes a panel, then the popups; not the comparison', () => {
    let s = select(openPanel(freshState(), { kind: 'sheet', id: 'a' }), 'a');
    s = pressEscape(s);
    expect(s.panel).toEqual({ kind: 'detail', id: 'a' });
    s = pressEscape(s);
    expect(s.panel).toBeNull();
    expect(selectedId(s)).toBe('a');
    s = pressEscape(s);
    expect(s.popup).toBeNull();
    const cmp = openPanel(freshState(), { kind: 'compare' });
    expect(pressEscape(cmp).panel).toEqual({ kind: 'compare' });
  });

  it('the site table folds the layer panel on a narrow screen and unfolds it on closing', () => {
    const narrow = openSites(freshState(), true);
    expect([narrow.investor.open, narrow.sidePanelOpen]).toEqual([true, false]);
    expect(closeSites(narrow).sidePanelOpen).toBe(true);
    const wide = openSites(freshState(), false);
    expect(wide.sidePanelOpen).toBe(true);
    const foldedByUser = openSites(freshState({ sidePanelOpen: false }), true);
    expect(closeSites(foldedByUser).sidePanelOpen).toBe(false);
  });
});

describe('investor actions', () => {
  it('picks and drops sites for the comparison', () => {
    const s = setCompare(freshState(), ['a', 'b', 'c']);
    expect(removeFromCompare(s, 'b').investor.compare).toEqual(['a', 'c']);
  });

  it('the open comparison closes when fewer than two sites are left in it, and only then', () => {
    let s = openPanel(setCompare(freshState(), ['a', 'b', 'c']), { kind: 'compare' });
    s = removeFromCompare(s, 'b');
    expect(s.panel).toEqual({ kind: 'compare' });
    s = removeFromCompare(s, 'a');
    expect(s.panel).toBeNull();
    expect(s.investor.compare).toEqual(['c']);
    // Another panel is not the comparison's to close.
    const detail = openPanel(setCompare(freshState(), ['a', 'b']), { kind: 'detail', id: 'a' });
    expect(removeFromCompare(detail, 'b').panel).toEqual({ kind: 'detail', id: 'a' });
  });
});

describe('measure actions', () => {
  it('adds points, drops the double-click twin on finishing, starts anew after', () => {
    let s = setMeasure(select(freshState(), 'a'), { mode: 'line', points: [], done: false });
    expect(s.popup).toBeNull();
    s = addMeasurePoint(s, [106, 21]);
    s = addMeasurePoint(s, [107, 22]);
    s = addMeasurePoint(s, [107, 22]);
    s = endMeasure(s);
    expect(s.measure).toEqual({
      mode: 'line',
      points: [
        [106, 21],
        [107, 22],
      ],
      done: true,
    });
    expect(addMeasurePoint(s, [106.5, 21.5]).measure?.points).toEqual([[106.5, 21.5]]);
    expect(addMeasurePoint(freshState(), at).measure).toBeNull();
  });
});

describe('notice actions', () => {
  it('one notice per id; dismissing a timed one leaves its newer twin', () => {
    const first = { id: 'x', key: 'basemap.failed' as const, timeoutMs: 10 };
    const second = { id: 'x', key: 'basemap.failed' as const };
    const s = notify(notify(freshState(), first), second);
    expect(s.notices).toEqual([second]);
    expect(dismissNotice(s, 'x', first)).toBe(s);
    expect(dismissNotice(s, 'x').notices).toEqual([]);
  });

  it('unknown ids from several links gather in one notice', () => {
    const s = notifyUnknown(notifyUnknown(freshState(), ['a']), ['b', 'a']);
    expect(s.unknownIds).toEqual(['a', 'b']);
    expect(s.notices).toHaveLength(1);
  });
});

describe('imported-layer actions', () => {
  it('keep the order of addition, which an undone removal restores', () => {
    const a = layer('a', '2026-01-01T00:00:00Z');
    const b = layer('b', '2026-01-02T00:00:00Z');
    let s = addImported(addImported(freshState(), a), b);
    s = removeImported(s, 'a');
    s = addImported(s, a);
    expect(s.imported.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('moving swaps two layers and their places in the stored order', () => {
    const a = layer('a', '2026-01-01T00:00:00Z');
    const b = layer('b', '2026-01-02T00:00:00Z');
    const s = moveImported(addImported(addImported(freshState(), a), b), 'a', 'up');
    expect(s.imported.map((l) => [l.id, l.addedAt])).toEqual([
      ['b', a.addedAt],
      ['a', b.addedAt],
    ]);
    expect(moveImported(s, 'a', 'up')).toBe(s);
  });

  it('stored layers come first, layers dropped during the load after; a change touches one layer', () => {
    const quick = layer('q', '2026-03-01T00:00:00Z');
    const stored = [layer('a', '2026-01-01T00:00:00Z')];
    const s = importedLoaded(addImported(freshState(), quick), stored);
    expect(s.imported.map((l) => l.id)).toEqual(['a', 'q']);
    const next = updateImported(s, 'q', { opacity: 0.5 });
    expect(next.imported[0]).toBe(s.imported[0]);
    expect(next.imported[1]?.opacity).toBe(0.5);
  });
});

describe('storage actions', () => {
  const withTwo = () =>
    addImported(
      addImported(freshState(), layer('a', '2026-01-01T00:00:00Z')),
      layer('b', '2026-01-02T00:00:00Z'),
    );

  it('a layer not kept is marked; each cause is told once, naming the first layer', () => {
    let s = layerNotKept(withTwo(), 'a', 'quota-exceeded', false);
    s = layerNotKept(s, 'b', 'quota-exceeded', true);
    expect(s.unsaved).toEqual({
      a: { reason: 'quota-exceeded', olderStored: false },
      b: { reason: 'quota-exceeded', olderStored: true },
    });
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]?.params?.text).toEqual(
      notKeptText('a', { reason: 'quota-exceeded', olderStored: false }),
    );
    // Dismissed, it does not come back for the same cause; another cause is told.
    s = dismissNotice(s, 'store-quota-exceeded');
    s = layerNotKept(s, 'a', 'quota-exceeded', false);
    expect(s.notices).toEqual([]);
    s = layerNotKept(s, 'a', 'unavailable', false);
    expect(s.notices.map((n) => n.id)).toEqual(['store-unavailable']);
  });

  it('the mark goes once the layer is stored, or removed; a removed layer is not marked', () => {
    const s = layerNotKept(withTwo(), 'a', 'failed', false);
    expect(layerKept(s, 'a').unsaved).toEqual({});
    expect(layerKept(s, 'b')).toBe(s);
    expect(removeImported(s, 'a').unsaved).toEqual({});
    const gone = removeImported(withTwo(), 'a');
    expect(layerNotKept(gone, 'a', 'failed', false)).toBe(gone);
  });

  it('says what is lost and why, in both languages', () => {
    const lost = notKeptText('Khảo sát', { reason: 'unavailable', olderStored: false });
    expect(lost.vi).toBe(
      'Lớp “Khảo sát” sẽ không được giữ lại sau khi đóng trang: trình duyệt không cho trang này lưu dữ liệu trên máy (thường gặp ở cửa sổ ẩn danh). Lớp vẫn dùng được cho đến khi đóng trang.',
    );
    expect(lost.en).toContain('will not be kept after this page closes: this browser does not let');
    const change = notKeptText('Khảo sát', { reason: 'quota-exceeded', olderStored: true });
    expect(change.vi).toContain('Thay đổi mới của lớp “Khảo sát”');
    expect(change.en).toContain('storage space on the device is full');
  });

  it('reading stored layers shows which one of how many, then the note goes', () => {
    const reading = storedLoading(freshState(), { done: 1, total: 2 });
    expect(reading.notices).toEqual([
      { id: 'store-loading', key: 'user.loadingStored', params: { done: 1, total: 2 } },
    ]);
    expect(storedLoading(reading, { done: 2, total: 2 }).notices[0]?.params).toEqual({ done: 2, total: 2 });
    expect(storedLoading(reading, null).notices).toEqual([]);
    expect(storedLoading(freshState(), { done: 1, total: 0 })).toEqual(freshState());
  });

  it('damaged records are named with a button to delete them; an unreadable store is told unless unavailable', () => {
    let dropped = 0;
    const s = storedUnreadable(freshState(), ['Bản cũ', 'user-x'], () => dropped++);
    expect(s.notices[0]).toMatchObject({
      key: 'store.unreadable',
      params: { n: 2, names: '“Bản cũ”, “user-x”' },
      action: { label: 'store.drop' },
    });
    s.notices[0]?.action?.run();
    expect(dropped).toBe(1);
    expect(storedUnreadable(freshState(), [], () => {})).toEqual(freshState());
    const none = freshState();
    expect(storedLayersFailed(none, 'unavailable', 'x')).toBe(none);
    expect(storedLayersFailed(none, 'failed', 'UnknownError').notices[0]?.params).toEqual({
      detail: 'UnknownError',
    });
  });
});
