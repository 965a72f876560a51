import { Caption1 } from "@fluentui/react-components";
import { useMapStyles } from "../map/mapStyles";
import { geoMercator, geoPath } from "d3-geo";
import { useEffect, useState } from "react";
import { fill } from "../../core";
import type { Language } from "../i18n";
import { loadMapFeatures, type MapFeature } from "../map/mapData";
import type { ProposedArea } from "./proposal";
import { FORMING_STRINGS } from "./strings";

/** Distinguishable fills (Okabe–Ito palette, readable by colour-blind users), repeated past eight. */
const PALETTE = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#f0e442",
  "#999999",
];
const W = 480;
const H = 420;

/** The proposed areas on the map, one colour each; the rest of Finland faint around them. Lazily loaded. */
export default function AreasMap({
  areas,
  language,
  name,
}: {
  readonly areas: readonly ProposedArea[];
  readonly language: Language;
  readonly name: (code: string) => string;
}) {
  const s = useMapStyles();
  const f = FORMING_STRINGS[language];
  const [features, setFeatures] = useState<readonly MapFeature[]>();
  const [error, setError] = useState<string>();
  useEffect(() => void loadMapFeatures().then(setFeatures, (e: Error) => setError(e.message)), []);
  if (error) return <Caption1>{error}</Caption1>;
  if (!features) return null;
  const areaOf = new Map(areas.flatMap((a) => a.codes.map((c) => [c, a.number] as const)));
  const shown = features.filter((x) => areaOf.has(x.properties.kunta));
  const projection = geoMercator().fitSize([W, H], {
    type: "FeatureCollection",
    features: shown,
  } as GeoJSON.FeatureCollection);
  const path = geoPath(projection);
  const colour = (n: number) => PALETTE[(n - 1) % PALETTE.length];
  const alt = fill(f.mapAlt, {
    areas: areas.map((a) => `${a.number}: ${a.codes.map(name).join(", ")}`).join("; "),
  });
  return (
    <figure className={s.figure}>
      <svg
        className={s.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={alt}
        data-testid="areas-map"
      >
        <title>{f.mapTitle}</title>
        {features.map((x) => {
          const n = areaOf.get(x.properties.kunta);
          return (
            <path
              key={x.properties.kunta}
              d={path(x) ?? ""}
              fill={n ? colour(n) : "#f7f7f7"}
              stroke={n ? "#333" : "#d0d0d0"}
              strokeWidth={0.5}
              data-code={x.properties.kunta}
            />
          );
        })}
      </svg>
      <figcaption>
        <strong>{f.mapTitle}.</strong>
        <ul className={s.legend}>
          {areas.map((a) => (
            <li key={a.number}>
              <span className={s.swatch} style={{ background: colour(a.number) }} />
              {`${f.colArea} ${a.number}`}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
