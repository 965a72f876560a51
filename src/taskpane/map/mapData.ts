/**
 * The bundled municipality polygons (Statistics Finland, municipal borders 2025, CC BY 4.0),
 * emitted by webpack as a separate file and fetched only when a map is first shown.
 */
export interface MapFeature {
  readonly type: "Feature";
  readonly geometry: GeoJSON.Geometry;
  readonly properties: { readonly kunta: string; readonly nimi: string; readonly namn: string };
}

let cache: Promise<readonly MapFeature[]> | undefined;

/** All 308 municipalities' polygons (fetched once). */
export function loadMapFeatures(): Promise<readonly MapFeature[]> {
  cache ??= fetch(new URL("../../../assets/data/kunnat_2025_map.geojson", import.meta.url))
    .then((r) => {
      if (!r.ok) throw new Error(`map data: HTTP ${r.status}`);
      return r.json() as Promise<{ features: MapFeature[] }>;
    })
    .then((fc) => fc.features);
  cache.catch(() => (cache = undefined));
  return cache;
}
