import { geoArea } from "d3-geo";

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
    .then((fc) => fc.features.map(forD3));
  cache.catch(() => (cache = undefined));
  return cache;
}

/**
 * d3-geo reads polygons on the sphere: a ring wound the RFC 7946 way (counter-clockwise)
 * encloses everything *outside* it. A feature whose area is over a hemisphere is wound the
 * other way round, so its rings are reversed.
 */
export function forD3(f: MapFeature): MapFeature {
  if (geoArea(f as GeoJSON.Feature) <= 2 * Math.PI) return f;
  const g = f.geometry;
  const flip = (poly: number[][][]) => poly.map((ring) => [...ring].reverse());
  const geometry =
    g.type === "Polygon"
      ? { ...g, coordinates: flip(g.coordinates) }
      : g.type === "MultiPolygon"
        ? { ...g, coordinates: g.coordinates.map(flip) }
        : g;
  return { ...f, geometry };
}
