// Resource references (resid) and the Finnish/Swedish overrides the add-in promises.
const { walk, child, childrenNamed } = require("./xml-tree");

const KIND_OF_REFERRER = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Runtime: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Namespace: "bt:ShortStrings",
  Description: "bt:LongStrings",
};
// Maximum lengths of DefaultValue/Override values (Microsoft's basic-types schema).
const MAX_LENGTH = {
  "bt:ShortStrings": 125,
  "bt:LongStrings": 250,
  "bt:Urls": 2048,
  "bt:Images": 2048,
};
const REQUIRED_LOCALES = ["fi-FI", "sv-FI", "sv-SE"];

/** id → { kind, node } of every resource under VersionOverrides/Resources. */
function collectResources(root, errors) {
  const table = new Map();
  const resources = child(child(root, "VersionOverrides") ?? { children: [] }, "Resources");
  for (const group of resources?.children ?? []) {
    for (const item of group.children) {
      const id = item.attrs.id;
      if (table.has(id))
        errors.push({ rule: "resid", message: `resource id "${id}" is defined twice` });
      table.set(id, { kind: group.name, node: item });
      for (const value of [
        item.attrs.DefaultValue,
        ...childrenNamed(item, "bt:Override").map((o) => o.attrs.Value),
      ]) {
        if ((value ?? "").length > MAX_LENGTH[group.name]) {
          errors.push({
            rule: "resid",
            message: `${group.name} "${id}" is longer than ${MAX_LENGTH[group.name]} characters`,
          });
        }
      }
    }
  }
  return table;
}

/** Every resid resolves to a resource of the kind its element needs. */
function checkResids(root) {
  const errors = [];
  const table = collectResources(root, errors);
  for (const { node } of walk(root)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const found = table.get(resid);
    const want = KIND_OF_REFERRER[node.name];
    if (!found)
      errors.push({
        rule: "resid",
        message: `<${node.name} resid="${resid}"> does not resolve to any resource`,
      });
    else if (want && found.kind !== want) {
      errors.push({
        rule: "resid",
        message: `<${node.name} resid="${resid}"> points to ${found.kind}, expected ${want}`,
      });
    }
  }
  return errors;
}

function missingLocales(overrides) {
  const have = new Set(overrides.map((o) => o.attrs.Locale));
  return REQUIRED_LOCALES.filter((l) => !have.has(l));
}

/** DisplayName, Description and the functions' metadata URL have fi-FI, sv-FI and sv-SE overrides. */
function checkLocales(root) {
  const errors = [];
  for (const name of ["DisplayName", "Description"]) {
    const node = child(root, name);
    if (!node) continue;
    for (const l of missingLocales(childrenNamed(node, "Override"))) {
      errors.push({ rule: "locale", message: `<${name}> has no Override for ${l}` });
    }
  }
  const table = collectResources(root, []);
  let metadataResid;
  for (const { node, path } of walk(root)) {
    if (node.name === "SourceLocation" && path[path.length - 1] === "Metadata")
      metadataResid = node.attrs.resid;
  }
  const metadata = table.get(metadataResid);
  if (!metadata)
    return [...errors, { rule: "locale", message: "no custom functions <Metadata> URL found" }];
  for (const l of missingLocales(childrenNamed(metadata.node, "bt:Override"))) {
    errors.push({
      rule: "locale",
      message: `functions metadata URL "${metadataResid}" has no Override for ${l}`,
    });
  }
  return errors;
}

module.exports = { checkResids, checkLocales, REQUIRED_LOCALES };
