import type { FeatureCollection } from 'geojson';
import { useEffect, useRef } from 'react';
import type { LayerDef } from '../data/catalog-types';
import type { Lang } from '../i18n/translate';
import { type BaseMap, MapController } from './map-controller';

export interface MapViewProps {
  catalog: LayerDef[];
  lang: Lang;
  visible: ReadonlySet<string>;
  baseMap: BaseMap;
  data: ReadonlyMap<string, FeatureCollection>;
  /** True once every layer the first view needs has loaded or failed. */
  dataSettled: boolean;
  onBaseMapFailed: () => void;
  /** Called once, when the first view is fully drawn. */
  onFirstIdle?: (map: unknown) => void;
}

/** The map: created once on mount, destroyed on unmount, changed in place on every prop change. */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const ctrl = useRef<MapController | null>(null);
  const applied = useRef(new WeakSet<FeatureCollection>());
  const latest = useRef(props);
  latest.current = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; later props go through the effects below
  useEffect(() => {
    if (!container.current) return;
    const c = new MapController(container.current, {
      catalog: props.catalog,
      lang: props.lang,
      initialData: props.data,
      onBaseMapFailed: () => latest.current.onBaseMapFailed(),
    });
    ctrl.current = c;
    for (const fc of props.data.values()) applied.current.add(fc);
    return () => {
      c.destroy();
      ctrl.current = null;
      applied.current = new WeakSet();
    };
  }, []);

  useEffect(() => {
    const c = ctrl.current;
    if (!c) return;
    for (const [id, fc] of props.data) {
      if (applied.current.has(fc)) continue;
      applied.current.add(fc);
      void c.setData(id, fc);
    }
  }, [props.data]);

  useEffect(() => {
    ctrl.current?.setLang(props.lang);
  }, [props.lang]);

  useEffect(() => {
    ctrl.current?.setBaseMap(props.baseMap, props.visible);
  }, [props.visible, props.baseMap]);

  const firstIdleDone = useRef(false);
  useEffect(() => {
    const c = ctrl.current;
    if (!c || !props.dataSettled || firstIdleDone.current) return;
    firstIdleDone.current = true;
    performance.mark('ls:data-settled');
    void c.whenIdle().then(() => latest.current.onFirstIdle?.(c.map));
  }, [props.dataSettled]);

  return <div ref={container} className="map" />;
}
