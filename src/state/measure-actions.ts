import type { LngLat } from '../types/core';
import type { AppState, MeasureState } from './app-state';
import { closePopups } from './popup-actions';

/** Starts, changes or (null) stops a measurement; while measuring, clicks are points, not questions, so popups close. */
export function setMeasure(s: AppState, measure: MeasureState | null): AppState {
  return measure ? closePopups({ ...s, measure }) : { ...s, measure };
}

/** A point of the measurement (a click, or the map centre); after a finished one it starts a new one. */
export function addMeasurePoint(s: AppState, at: LngLat): AppState {
  const m = s.measure;
  if (!m) return s;
  return { ...s, measure: { ...m, points: m.done ? [at] : [...m.points, at], done: false } };
}

/**
 * Finishes the measurement (a double-click, Enter, the Done button). A double-click is also two
 * clicks: the second one's point, the same as the first, is dropped.
 */
export function endMeasure(s: AppState): AppState {
  const m = s.measure;
  if (!m) return s;
  const [a, b] = m.points.slice(-2);
  const twice = a && b && Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
  return { ...s, measure: { ...m, points: twice ? m.points.slice(0, -1) : m.points, done: true } };
}
