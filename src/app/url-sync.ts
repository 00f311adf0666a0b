import { useEffect, useRef } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { FILTER_LINK_KEYS } from '../analysis/site-filter';
import { FEATURE_ALIASES, LAYER_ALIASES } from '../state/aliases';
import { type ParseResult, parse, serialize, type UrlContext, type ViewState } from '../state/url';

/** Filter keys the app understands: the investor tools' site filters. */
export const FILTER_KEYS: ReadonlySet<string> = new Set<string>(FILTER_LINK_KEYS);

export function urlContext(featureIds?: ReadonlySet<string>): UrlContext {
  return {
    layerIds: new Set(CATALOG.map((d) => d.id)),
    featureIds,
    layerAliases: LAYER_ALIASES,
    featureAliases: FEATURE_ALIASES,
    filterKeys: FILTER_KEYS,
  };
}

export function readUrl(): ParseResult {
  return parse(window.location.hash, urlContext());
}

/** True when the page is embedded (`?embed=1`): panels hidden, legend and credits kept. */
export function isEmbed(): boolean {
  return new URLSearchParams(window.location.search).get('embed') === '1';
}

const WRITE_EVERY_MS = 300;

/**
 * Keeps the address bar's hash in step with the view (history.replaceState, at most every 300 ms,
 * so no history entry per pan), and hands back links that arrive later (pasted, back/forward).
 */
export function useUrlSync(state: ViewState, onExternalChange: (r: ParseResult) => void): void {
  const hash = serialize(state);
  const written = useRef(window.location.hash);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(hash);
  latest.current = hash;

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new hash schedules a write; the timer reads the latest one
  useEffect(() => {
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (latest.current !== window.location.hash) {
        window.history.replaceState(window.history.state, '', latest.current);
      }
      written.current = latest.current;
    }, WRITE_EVERY_MS);
  }, [hash]);

  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
    },
    [],
  );

  const onChange = useRef(onExternalChange);
  onChange.current = onExternalChange;
  useEffect(() => {
    const listener = () => {
      if (window.location.hash === written.current) return;
      written.current = window.location.hash;
      onChange.current(readUrl());
    };
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, []);
}
