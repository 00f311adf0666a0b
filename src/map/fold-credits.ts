import type { Map as MlMap } from 'maplibre-gl';

const SHOWN = 'maplibregl-compact-show';

/**
 * On a phone, or when the site table leaves the map short, the credits would cover a fifth of the
 * map: they stay folded behind their button there, unless the user opens them. MapLibre unfolds
 * them itself when their text first arrives — after the map's load on a slow machine, which left
 * them open over a popup's buttons — so every unfolding is watched, not only the first view's.
 * Returns what stops the watching.
 */
export function foldCreditsWhenCramped(map: MlMap): () => void {
  const box = map.getContainer();
  const credits = box.querySelector('.maplibregl-ctrl-attrib');
  if (!credits) return () => {};
  const isCramped = () => box.clientWidth < 640 || box.clientHeight < 520;
  let cramped = false;
  /** The user unfolded them (their button, by mouse or keyboard): left as they are. */
  let userOpened = false;
  const fold = () => {
    const now = isCramped();
    // A map that becomes short folds them again, whoever opened them.
    if (now && !cramped) userOpened = false;
    cramped = now;
    if (cramped && !userOpened && credits.classList.contains(SHOWN)) credits.classList.remove(SHOWN);
  };
  // Before MapLibre's own handler turns them: the intent is the state after the click.
  const onClick = (e: Event) => {
    if (e.target instanceof Element && e.target.closest('.maplibregl-ctrl-attrib-button'))
      userOpened = !credits.classList.contains(SHOWN);
  };
  credits.addEventListener('click', onClick, true);
  const watch = new MutationObserver(fold);
  watch.observe(credits, { attributes: true, attributeFilter: ['class'] });
  map.on('resize', fold);
  fold();
  return () => {
    credits.removeEventListener('click', onClick, true);
    watch.disconnect();
    map.off('resize', fold);
  };
}
