import { useCallback, useMemo, useState } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { LangContext } from '../i18n/lang-context';
import { type Lang, translate } from '../i18n/translate';
import type { BaseMap } from '../map/map-controller';
import { MapView } from '../map/map-view';
import { type Notice, Notices } from '../ui/notices';
import { SidePanel } from '../ui/side-panel';
import { useLayerData } from './use-layer-data';

declare global {
  interface Window {
    /** ms since navigation start when the first view was fully drawn (read by tests and the benchmark). */
    __lsReady?: number;
    /** The MapLibre map, for the browser tests. */
    __lsMap?: unknown;
  }
}

export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const [visible, setVisible] = useState<ReadonlySet<string>>(
    () => new Set(CATALOG.filter((d) => d.visible).map((d) => d.id)),
  );
  const [baseMap, setBaseMap] = useState<BaseMap>('embedded');
  const [notices, setNotices] = useState<Notice[]>([]);

  const notify = useCallback(
    (n: Notice) => setNotices((list) => [...list.filter((x) => x.id !== n.id), n]),
    [],
  );
  const { data, status, settled } = useLayerData(CATALOG, visible, (def, reason) =>
    notify({ id: `layer-${def.id}`, key: 'notice.layerFailed', params: { title: def.title, reason } }),
  );

  const toggleLayer = useCallback((id: string, on: boolean) => {
    setVisible((v) => {
      const next = new Set(v);
      on ? next.add(id) : next.delete(id);
      return next;
    });
  }, []);

  const onBaseMapFailed = useCallback(() => {
    setBaseMap('embedded');
    notify({ id: 'basemap', key: 'basemap.failed' });
  }, [notify]);

  const chooseBaseMap = useCallback((b: BaseMap) => {
    setNotices((list) => list.filter((n) => n.id !== 'basemap'));
    setBaseMap(b);
  }, []);

  const onFirstIdle = useCallback((map: unknown) => {
    window.__lsMap = map;
    window.__lsReady = performance.now();
  }, []);

  const title = useMemo(() => translate(lang, 'app.title'), [lang]);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.title = `${title} — ${translate(lang, 'app.subtitle')}`;
  }

  return (
    <LangContext.Provider value={lang}>
      <div className="app">
        <SidePanel
          catalog={CATALOG}
          visible={visible}
          status={status}
          baseMap={baseMap}
          onToggleLayer={toggleLayer}
          onLang={setLang}
          onBaseMap={chooseBaseMap}
        />
        <main className="map-area">
          <MapView
            catalog={CATALOG}
            lang={lang}
            visible={visible}
            baseMap={baseMap}
            data={data}
            dataSettled={settled}
            onBaseMapFailed={onBaseMapFailed}
            onFirstIdle={onFirstIdle}
          />
          <Notices notices={notices} onDismiss={(id) => setNotices((l) => l.filter((n) => n.id !== id))} />
        </main>
      </div>
    </LangContext.Provider>
  );
}
