import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { LayerMeta, PlanProps } from './plan-schema';
import type { Checked } from './validate';

export type PlanFeature = Feature<Geometry, PlanProps> & { id: string };
export type PlanCollection = FeatureCollection<Geometry, PlanProps> & {
  features: PlanFeature[];
  /** The file's own description of the layer, when valid (an invalid one is dropped, not fatal). */
  metadata?: LayerMeta;
};

/**
 * Checks every feature's properties against the plan schema (sources, accuracy, facts…), after
 * the structural check. Problems name the feature by number and id and the property at fault.
 */
export function checkPlanCollection(fc: FeatureCollection): Checked<PlanCollection> {
  const problems: string[] = [];
  fc.features.forEach((f, i) => {
    const r = PlanProps.safeParse(f.properties);
    if (!r.success) {
      for (const issue of r.error.issues.slice(0, 3)) {
        const path = issue.path.join('.') || 'properties';
        problems.push(`feature ${i + 1} (${String(f.id)}): ${path}: ${issue.message}`);
      }
    }
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  const meta = LayerMeta.safeParse((fc as { metadata?: unknown }).metadata);
  return { ok: true, data: { ...fc, metadata: meta.success ? meta.data : undefined } as PlanCollection };
}
