// URLs: https only, no foreign AppDomains, icon files present with their declared pixel sizes.
const fs = require("fs");
const path = require("path");
const { walk, child, childrenNamed } = require("./xml-tree");
const { pngSize } = require("./png-size");

const ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
const tryUrl = (text) => {
  try {
    return new URL(text);
  } catch {
    return null;
  }
};

/** Every URL in the manifest is https (http only for localhost when allowed). */
function checkHttps(root, { allowHttpLocalhost = false } = {}) {
  const errors = [];
  for (const { node } of walk(root)) {
    const values = [
      node.attrs.DefaultValue,
      node.attrs.Value,
      node.name === "AppDomain" ? node.text : undefined,
    ];
    for (const value of values) {
      if (!value || !/^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
      const url = tryUrl(value);
      const local =
        url && url.protocol === "http:" && url.hostname === "localhost" && allowHttpLocalhost;
      if (!url || (url.protocol !== "https:" && !local)) {
        errors.push({ rule: "https", message: `URL "${value}" in <${node.name}> is not https` });
      }
    }
  }
  return errors;
}

/** AppDomains may only name the add-in's own origin (that of DefaultSettings/SourceLocation). */
function checkAppDomains(root) {
  const source = child(child(root, "DefaultSettings") ?? { children: [] }, "SourceLocation");
  const own = tryUrl(source?.attrs.DefaultValue ?? "")?.origin;
  const domains = childrenNamed(child(root, "AppDomains") ?? { children: [] }, "AppDomain");
  return domains
    .filter((d) => tryUrl(d.text)?.origin !== own)
    .map((d) => ({
      rule: "appdomain",
      message: `AppDomain "${d.text}" is a foreign host (the add-in is served from ${own})`,
    }));
}

/** The add-in's base URL: the folder of DefaultSettings/SourceLocation. */
function baseUrl(root) {
  const source = child(child(root, "DefaultSettings") ?? { children: [] }, "SourceLocation");
  return tryUrl(source?.attrs.DefaultValue ?? "") && new URL(".", source.attrs.DefaultValue).href;
}

/** Icons exist under `assetsRoot` (URL below the add-in's base = file path) with the declared pixel sizes. */
function checkIcons(root, { assetsRoot }) {
  const base = baseUrl(root);
  const wanted = []; // { url, size, where }
  for (const [name, size] of Object.entries(ICON_SIZES)) {
    const node = child(root, name);
    if (!node) continue;
    for (const url of [
      node.attrs.DefaultValue,
      ...childrenNamed(node, "Override").map((o) => o.attrs.Value),
    ]) {
      wanted.push({ url, size, where: `<${name}>` });
    }
  }
  const images = new Map();
  for (const { node, path: p } of walk(root)) {
    if (node.name === "bt:Image" && p[p.length - 1] === "bt:Images")
      images.set(node.attrs.id, node.attrs.DefaultValue);
  }
  for (const { node } of walk(root)) {
    if (node.name === "bt:Image" && node.attrs.size && images.has(node.attrs.resid)) {
      wanted.push({
        url: images.get(node.attrs.resid),
        size: Number(node.attrs.size),
        where: `bt:Image "${node.attrs.resid}"`,
      });
    }
  }
  const errors = [];
  for (const { url, size, where } of wanted) {
    const inside = base && typeof url === "string" && url.startsWith(base);
    const file = inside && path.join(assetsRoot, decodeURIComponent(url.slice(base.length)));
    const dims = file && fs.existsSync(file) ? pngSize(file) : undefined;
    if (!file || dims === undefined)
      errors.push({ rule: "icon", message: `${where}: icon file for "${url}" not found` });
    else if (dims === null)
      errors.push({ rule: "icon", message: `${where}: ${path.basename(file)} is not a PNG` });
    else if (dims.width !== size || dims.height !== size) {
      errors.push({
        rule: "icon",
        message: `${where}: ${path.basename(file)} is ${dims.width}×${dims.height} px, declared ${size}×${size}`,
      });
    }
  }
  return errors.filter((e, i) => errors.findIndex((f) => f.message === e.message) === i);
}

/** The add-in writes workbooks, so it asks for ReadWriteDocument. */
function checkPermissions(root) {
  const text = child(root, "Permissions")?.text;
  return text === "ReadWriteDocument"
    ? []
    : [
        {
          rule: "permissions",
          message: `<Permissions> is "${text}", expected "ReadWriteDocument"`,
        },
      ];
}

module.exports = { checkHttps, checkAppDomains, checkIcons, checkPermissions };
