/**
 * The hatch that marks a suggested addition on the map: diagonal member-blue stripes on the
 * neighbours' pale fill, so the suggestion reads as "not yet a member" by pattern, not by
 * colour alone. One definition per page: the legend's swatch uses the same id.
 */
export const HATCH_ID = "tyoalue-suggested-hatch";

export function SuggestedHatch() {
  return (
    <pattern
      id={HATCH_ID}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill="#e2e8f0" />
      <rect width="3" height="6" fill="#2b6cb0" />
    </pattern>
  );
}
