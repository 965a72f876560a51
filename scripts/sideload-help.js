// What `npm start` prints: how to load the add-in into Excel, and where the preview is.

/** The instructions, as lines of text, for a server at `baseUrl`. */
function sideloadHelp({ baseUrl, https, caPath }) {
  const lines = [
    "",
    "Työllisyysalue is running.",
    `  Standalone preview (any browser): ${baseUrl}/taskpane.html`,
    "",
  ];
  if (!https) {
    lines.push(
      "  ! Certificates could not be made, so this is plain http on localhost.",
      "    Excel only loads add-ins over https: use the standalone preview, or fix the",
      "    certificates (npx office-addin-dev-certs generate) and run npm start again.",
      ""
    );
    return lines;
  }
  lines.push(
    `  Manifest for Excel: dist/manifest.xml (its URLs point to ${baseUrl})`,
    "",
    "  The certificate is self-signed and its CA is NOT installed. Trust it once, e.g.",
    "    npx office-addin-dev-certs install   (asks for admin rights; not as root), or import",
    `    ${caPath} into your browser's / system's trusted roots.`,
    "",
    "Load it into Excel:",
    "  Excel on the web: open a workbook > Home > Add-ins > More add-ins > My add-ins >",
    "    Upload My Add-in > choose dist/manifest.xml.",
    "  Excel on Windows: share a folder, copy dist/manifest.xml into it, add the share's",
    "    \\\\computer\\folder path in File > Options > Trust Center > Trust Center Settings >",
    "    Trusted Add-in Catalogs (Show in Menu), restart Excel, then Home > Add-ins >",
    "    More add-ins > SHARED FOLDER.",
    "  Excel on Mac: copy dist/manifest.xml to",
    "    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.",
    "  For a whole organisation: Microsoft 365 admin center > Settings > Integrated apps >",
    "    Upload custom apps > Office Add-in > upload the manifest built with",
    "    ADDIN_BASE_URL=https://your.server/path npm run build (see README).",
    "",
    "Stop with Ctrl+C."
  );
  return lines;
}

module.exports = { sideloadHelp };
