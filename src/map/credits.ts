/**
 * MapLibre joins the credits of the sources in view with ' | ', one string per source, and a layer
 * made from several datasets names them all (' · '): the same dataset then shows once per layer
 * (GeoNames three times on the default view). The credits as a list with each one once, in the
 * order they first appear.
 */
export function uniqueCredits(joined: string): string[] {
  const parts = joined
    .split(/ \| | · /)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return [...new Set(parts)];
}

/**
 * Keeps the map's credits box free of repeats: whenever MapLibre rewrites it, the repeated credits
 * are taken out (MapLibre compares its own string, not the box, so it does not fight back).
 * MapLibre does not sanitise credits: they are the catalog's own strings (the OSM link their only
 * markup) and archives' credits, plain text escaped by `escapeCredit` before they reach MapLibre.
 * The box's innerHTML gives those back still escaped, so writing it back never makes an archive's
 * text markup. Returns the function that stops it.
 */
export function dedupeCreditsBox(container: HTMLElement): () => void {
  const inner = () => container.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner');
  const tidy = () => {
    const box = inner();
    if (!box) return;
    const unique = uniqueCredits(box.innerHTML).join(' · ');
    if (unique !== box.innerHTML) box.innerHTML = unique;
  };
  const observer = new MutationObserver(tidy);
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  tidy();
  return () => observer.disconnect();
}
