/**
 * A typed position, "lat, lng" as maps and phones give it ("21.85, 106.76", "21.85 106.76",
 * "21,85; 106,76" with decimal commas): null when the text is not two numbers, or they cannot be
 * a latitude and a longitude. A first number beyond ±90 is taken as the longitude ("106.76, 21.85").
 *
 * @returns [lng, lat]
 */
export function coordinateOf(text: string): [number, number] | null {
  const m =
    /^\s*(-?\d{1,3}(?:[.,]\d+)?)\s*°?\s*[NS]?\s*(?:[,;]\s*|\s+)(-?\d{1,3}(?:[.,]\d+)?)\s*°?\s*[EW]?\s*$/i.exec(
      text,
    );
  if (!m?.[1] || !m[2]) return null;
  const a = Number(m[1].replace(',', '.'));
  const b = Number(m[2].replace(',', '.'));
  const [lat, lng] = Math.abs(a) > 90 ? [b, a] : [a, b];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return [lng, lat];
}
