import { Caption1 } from "@fluentui/react-components";
import { useMapStyles } from "./mapStyles";
import { geoCentroid, geoMercator, geoPath } from "d3-geo";
import { useEffect, useMemo, useState } from "react";
import { fill, type UiStrings } from "../i18n";
import { loadMapFeatures, type MapFeature } from "./mapData";
import { neighbourCodes } from "./neighbourCodes";
import { HATCH_ID, SuggestedHatch } from "./SuggestedHatch";

const COLOURS = { member: "#2b6cb0", neighbour: "#e2e8f0", disconnected: "#c53030" };
const W = 480;
const H = 420;

/**
 * Map of the members and their neighbours; disconnected members red, point contacts dashed,
 * suggested additions hatched (a pattern, not a colour alone) and named in the text.
 */
export default function AreaMap({
  t,
  members,
  name,
  pointContacts: points,
  disconnected,
  suggested = [],
}: {
  readonly t: UiStrings;
  /** The members' codes. */
  readonly members: readonly string[];
  readonly name: (code: string) => string;
  readonly pointContacts: readonly { readonly a: string; readonly b: string }[];
  readonly disconnected: readonly string[];
  /** Municipalities the suggestion would add (codes). */
  readonly suggested?: readonly string[];
}) {
  const s = useMapStyles();
  const [features, setFeatures] = useState<readonly MapFeature[]>();
  const [error, setError] = useState<string>();
  useEffect(() => void loadMapFeatures().then(setFeatures, (e: Error) => setError(e.message)), []);
  const key = members.join();
  const around = useMemo(() => neighbourCodes(key.split(",").filter(Boolean)), [key]);
  if (error) return <Caption1>{error}</Caption1>;
  if (!features) return <Caption1>{t.mapLoading}</Caption1>;
  const shown = features.filter((f) =>
    [members, around, suggested].some((xs) => xs.includes(f.properties.kunta))
  );
  const projection = geoMercator().fitSize([W, H], {
    type: "FeatureCollection",
    features: shown,
  } as GeoJSON.FeatureCollection);
  const path = geoPath(projection);
  const centre = (code: string): [number, number] => {
    const f = shown.find((x) => x.properties.kunta === code);
    return (f && projection(geoCentroid(f as GeoJSON.Feature))) || [0, 0];
  };
  const alt = [
    fill(t.mapAlt, {
      members: members.map(name).join(", "),
      neighbours: around
        .filter((c) => !suggested.includes(c))
        .map(name)
        .join(", "),
    }),
    ...(suggested.length > 0
      ? [fill(t.mapSuggested, { names: suggested.map(name).join(", ") })]
      : []),
  ].join(" ");
  return (
    <figure className={s.figure}>
      <svg
        className={s.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={alt}
        data-testid="area-map"
      >
        <title>{t.mapTitle}</title>
        <defs>
          <SuggestedHatch />
        </defs>
        {features
          .filter((f) => !shown.includes(f))
          .map((f) => (
            <path
              key={f.properties.kunta}
              d={path(f) ?? ""}
              fill="#f7f7f7"
              stroke="#d0d0d0"
              strokeWidth={0.5}
            />
          ))}
        {shown.map((f) => {
          const code = f.properties.kunta;
          const colour = disconnected.includes(code)
            ? COLOURS.disconnected
            : members.includes(code)
              ? COLOURS.member
              : COLOURS.neighbour;
          const hatched = suggested.includes(code);
          return (
            <path
              key={code}
              d={path(f) ?? ""}
              fill={hatched ? `url(#${HATCH_ID})` : colour}
              stroke="#333"
              strokeWidth={hatched ? 1.5 : 0.5}
              data-code={code}
              data-suggested={hatched || undefined}
            />
          );
        })}
        {points.map((p) => {
          const [a, b] = [centre(p.a), centre(p.b)];
          return (
            <line
              key={`${p.a}-${p.b}`}
              x1={a[0]}
              y1={a[1]}
              x2={b[0]}
              y2={b[1]}
              stroke="#dd6b20"
              strokeWidth={2}
              strokeDasharray="4 3"
            />
          );
        })}
      </svg>
      <figcaption>
        <strong>{t.mapTitle}.</strong> {alt}
        <ul className={s.legend}>
          <li>
            <span className={s.swatch} style={{ background: COLOURS.member }} />
            {t.mapLegendMember}
          </li>
          <li>
            <span className={s.swatch} style={{ background: COLOURS.neighbour }} />
            {t.mapLegendNeighbour}
          </li>
          <li>
            <span className={s.swatch} style={{ background: COLOURS.disconnected }} />
            {t.mapLegendDisconnected}
          </li>
          <li>
            <span className={s.swatch} style={{ borderStyle: "dashed", borderColor: "#dd6b20" }} />
            {t.mapLegendPoint}
          </li>
          {suggested.length > 0 && (
            <li data-testid="legend-suggested">
              <svg className={s.swatch} viewBox="0 0 12 12" aria-hidden="true">
                <rect width="12" height="12" fill={`url(#${HATCH_ID})`} />
              </svg>
              {t.mapLegendSuggested}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
