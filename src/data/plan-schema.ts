import { z } from 'zod/mini';
import { PHASES } from '../types/core';
import { ACCURACIES, STATUSES } from './plan-enums';

export { ACCURACIES, STATUSES };

/** A text in both UI languages. */
export const Text = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Text = z.infer<typeof Text>;

/**
 * Where a fact comes from: an official document served with the app (`seeds/<file>.txt`, from
 * public/seeds/), an http(s) URL, or `cite:<id>` for a press article whose address is not known
 * (cited by publisher, title and date only, never republished). Every entry must be listed in
 * geodata/sources.json.
 */
export const SourceRef = z
  .string()
  .check(z.regex(/^(seeds\/[0-9a-z_]+\.txt|https?:\/\/\S+|cite:[a-z0-9-]+)$/));

/**
 * The short passage of one cited source that supports a fact, quoted word for word (a sentence or
 * two: a citation, not a copy of the article).
 */
export const Quote = z.object({
  source: SourceRef,
  text: z.string().check(z.minLength(1), z.maxLength(400)),
});
export type Quote = z.infer<typeof Quote>;

/**
 * A fact the research marks as not official: shown only with this label.
 * THIRD-PARTY = from aggregator sites or public data files; INFERENCE = reasoned, not stated.
 */
export const FactLabel = z.enum(['THIRD-PARTY', 'INFERENCE']);

export const FACT_KEYS = [
  'area_ha',
  'area_km2',
  'capital',
  'investor',
  'operator',
  'form',
  'legal_basis',
  'timeline',
  'status_detail',
  'location',
  'capacity_mw',
  'capacity',
  'length_km',
  'length_in_province_km',
  'lanes',
  'jobs',
  'visitors',
  'trade',
  /** The class (loại) of an urban area in the plan's urban system. */
  'urban_class',
  'other',
] as const;
export const FactKey = z.enum(FACT_KEYS);
export type FactKey = z.infer<typeof FactKey>;

/** A range of numbers as the source gives it, e.g. 3,500–4,500 bn VND. */
export const NumRange = z.object({ min: z.number(), max: z.number() });

/** How the source qualifies a number: "about 600", "over 814", "at least 10,000", "nearly 150". */
export const Qualifier = z.enum(['about', 'over', 'at_least', 'nearly']);

export const Fact = z.object({
  key: FactKey,
  /** Numbers stay numbers (formatted with Intl); text that needs translating is a Text. */
  value: z.union([z.number(), NumRange, z.string().check(z.minLength(1)), Text]),
  qualifier: z.optional(Qualifier),
  /** e.g. 'ha', 'km²', 'km', 'MW', 'bn VND', 'm USD', 'vehicles/day' */
  unit: z.optional(z.string()),
  /** What the figure covers (total, State share, phase 1, …) or how to read it. */
  note: z.optional(Text),
  label: z.optional(FactLabel),
  /**
   * True when the figure covers this project and others together (e.g. one investment for three
   * wind projects): shown with that note, never filtered or ranked as the project's own.
   */
  shared: z.optional(z.boolean()),
  /** ISO date (yyyy, yyyy-mm or yyyy-mm-dd) the figure refers to, when known. */
  date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  sources: z.array(SourceRef).check(z.minLength(1)),
  /** The passages of (some of) its sources that give the fact, each naming its source. */
  quotes: z.optional(z.array(Quote)),
  /** Why no passage is given (the page's words were not kept, the page cannot be reached…). */
  unquoted: z.optional(Text),
});
export type Fact = z.infer<typeof Fact>;

export const PLAN_KINDS = [
  'axis',
  'corridor',
  'zone',
  'economic_zone',
  'kcn',
  'ccn',
  'wind',
  'geopark',
  'geosite',
  'border_gate',
  'smart_gate',
  'logistics',
  'cooperation_zone',
  'tourism',
  'expressway',
  'railway',
  'urban_area',
  'key_project',
  /** A road project no source calls key. */
  'road',
] as const;
export const PlanKind = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKind>;

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const Accuracy = z.enum(ACCURACIES);
export type Accuracy = z.infer<typeof Accuracy>;

export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

/** Properties of every feature in geodata/plan/*.geojson. */
export const PlanProps = z
  .object({
    name: Text,
    kind: PlanKind,
    status: Status,
    status_date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
    /** When the element exists or is due: already there, by 2030, or in the 2050 vision. */
    phase: Phase,
    accuracy: Accuracy,
    /** How the geometry was made, in plain words. */
    accuracy_note: Text,
    /** True where the element itself, its extent or its membership is not settled by a source. */
    provisional: z.boolean(),
    provisional_note: z.optional(Text),
    /**
     * True where the drawn geometry rests on an INFERENCE (e.g. which road a corridor follows) that
     * no source states: drawn dashed like schematic geometry, and said so in accuracy_note.
     */
    inferred: z.optional(z.boolean()),
    /** One or two sentences on what it is. */
    summary: Text,
    /** Communes/wards after 1 July 2025 it lies in (names as in the communes layer). */
    commune_2025: z.optional(z.array(z.string())),
    /** Location in pre-2025 units, as the sources give it. */
    location_pre2025: z.optional(z.string()),
    /**
     * Where several points share one position: how many of them the map draws above this one (it is
     * drawn as a wider ring around them, so each can be seen and clicked).
     */
    stacked_above: z.optional(z.int().check(z.nonnegative())),
    facts: z.array(Fact),
    sources: z.array(SourceRef).check(z.minLength(1)),
  })
  .check(
    z.refine((p) => !p.provisional || p.provisional_note !== undefined, {
      message: 'a provisional feature needs a provisional_note',
    }),
  );
export type PlanProps = z.infer<typeof PlanProps>;

/** An entry of geodata/sources.json, keyed by the SourceRef. */
export const SourceInfo = z.object({
  title: z.string().check(z.minLength(1)),
  /** A short name for compact links (otherwise the host name is shown). */
  short: z.optional(z.string()),
  /** The short name in English, where it differs. */
  short_en: z.optional(z.string()),
  publisher: z.optional(z.string()),
  date: z.optional(z.string()),
  /** What kind of text it is: an official document, or a press or company article (cited, not served). */
  kind: z.optional(z.enum(['official', 'press', 'company', 'aggregator', 'data', 'reference'])),
});
export type SourceInfo = z.infer<typeof SourceInfo>;
export const SourceRegistry = z.record(SourceRef, SourceInfo);

/** The `metadata` member of a plan file: what the layer as a whole is, with plan-level figures. */
export const LayerMeta = z.object({
  title: Text,
  description: z.optional(Text),
  sources: z.optional(z.array(SourceRef)),
  facts: z.optional(z.array(Fact)),
});
export type LayerMeta = z.infer<typeof LayerMeta>;
