import JSZip from "jszip";

/** The date every zip entry gets, so that rebuilding gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2025, 0, 1));

const rank = (name: string): string =>
  name === "[Content_Types].xml" ? "0" : name.startsWith("_rels/") ? `1${name}` : `2${name}`;

/**
 * Writes the package again with entries in a stable order ([Content_Types].xml first),
 * one fixed timestamp and fixed compression, so the same parts give the same bytes.
 */
export async function normalizedPackage(zip: JSZip): Promise<Buffer> {
  const out = new JSZip();
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir)
    .sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  for (const name of names) {
    out.file(name, await zip.files[name].async("uint8array"), {
      date: ZIP_DATE,
      createFolders: false,
    });
  }
  return out.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "DOS",
  });
}
