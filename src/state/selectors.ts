import type { Feature } from 'geojson';
import { phasesShown } from '../analysis/phases';
import type { LayerDef } from '../data/catalog-types';
import type { Phase } from '../data/plan-schema';
import type { ImportedLayer } from '../import/imported-store';
import type { MapStyle, PhaseView } from '../types/core';
import type { AppState } from './app-state';
import type { LayerSetup } from './layer-state';

/**
 * The answers several parts of the screen need, computed in one place so they cannot drift apart:
 * which layers are drawn and in what order, and whether a plan feature is drawn (layer visibility,
 * phase, investor filters). The side panel, legend, embed bar, site sheet, export, rank discs and
 * the filters of every map use these.
 */

/** Every catalog layer in drawing order, top first, as people read a layer list. */
export function layersTopFirst(catalog: readonly LayerDef[], order: readonly string[]): LayerDef[] {
  const byId = new Map(catalog.map((d) => [d.id, d]));
  return [...order]
    .reverse()
    .map((id) => byId.get(id))
    .filter((d): d is LayerDef => d !== undefined);
}

/** The catalog layers drawn now, top first. */
export function drawnLayers(
  catalog: readonly LayerDef[],
  layers: Pick<LayerSetup, 'order' | 'visible'>,
): LayerDef[] {
  return layersTopFirst(catalog, layers.order).filter((d) => layers.visible.has(d.id));
}

/** The user's imported layers drawn now, top first. */
export function drawnImported(imported: readonly ImportedLayer[]): ImportedLayer[] {
  return [...imported].reverse().filter((l) => l.visible);
}

/** What decides whether a plan feature is drawn, besides its layer's own style filter. */
export interface ShownRule {
  visible: ReadonlySet<string>;
  phase: PhaseView;
  /** The layers that hold investment sites. */
  siteLayers: readonly string[];
  /** Site ids the investor filters let through; null when the site table is closed (no filter). */
  shownSites: ReadonlySet<string> | null;
}

/** The plan filter a map applies to one layer: the site ids let through (null: all) and the phases drawn (null: all). */
export interface PlanFilter {
  ids: ReadonlySet<string> | null;
  phases: readonly Phase[] | null;
}

/** The site filter and the phases, as a map holds them (the phases already worked out). */
export interface PlanFilterRule {
  siteLayers: ReadonlySet<string> | readonly string[];
  shownSites: ReadonlySet<string> | null;
  phases: readonly string[] | null;
}

/** The filter every map gives a plan layer (see composeFilter); isFeatureShown applies the same rule. */
export function planFilterOf(rule: PlanFilterRule, layerId: string): PlanFilter {
  const onSites = Array.isArray(rule.siteLayers)
    ? rule.siteLayers.includes(layerId)
    : (rule.siteLayers as ReadonlySet<string>).has(layerId);
  return { ids: onSites ? rule.shownSites : null, phases: rule.phases as readonly Phase[] | null };
}

/** Whether a feature is drawn at these phases (null: all); a feature with no phase (base data) always is. */
function inPhases(feature: Feature, phases: readonly string[] | null): boolean {
  const p = (feature.properties as { phase?: Phase } | null)?.phase;
  return p === undefined || phases === null || phases.includes(p);
}

/** Whether a feature is part of the plan as seen at a phase view. */
export function inPhaseView(feature: Feature, phase: PhaseView): boolean {
  return inPhases(feature, phasesShown(phase));
}

/** Whether a plan feature (or a base one) of `layerId` is drawn: its layer is on, it is in the phase, and it passes the investor filters. */
export function isFeatureShown(rule: ShownRule, layerId: string, feature: Feature): boolean {
  if (!rule.visible.has(layerId)) return false;
  const { ids, phases } = planFilterOf({ ...rule, phases: phasesShown(rule.phase) }, layerId);
  if (ids && !ids.has(String(feature.id))) return false;
  return inPhases(feature, phases);
}

/** The map style drawn: the one chosen (by the user or a link), else high contrast when the system asks for it. */
export function mapStyleOf(s: Pick<AppState, 'mapStyle' | 'prefersContrast'>): MapStyle {
  return s.mapStyle ?? (s.prefersContrast ? 'contrast' : 'normal');
}
