// Element order, as Microsoft's XSDs define it ("How to find the proper order of manifest
// elements", learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering):
// children may be omitted when optional, but those present must keep this sequence.
const { walk, child } = require("./xml-tree");

const SEQUENCES = {
  // TaskPaneApp = OfficeApp sequence + the TaskPaneApp extension.
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  "VersionOverrides/Hosts/Host": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  "AllFormFactors/ExtensionPoint": ["Script", "Page", "Metadata", "Namespace"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
};

const REQUIRED = {
  OfficeApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "Hosts",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ],
  "AllFormFactors/ExtensionPoint": ["Script", "Page", "Metadata", "Namespace"],
};

/** Which sequence applies to an element, by its name and the names of its ancestors. */
function sequenceKey(node, path) {
  const full = [...path, node.name].join("/");
  return Object.keys(SEQUENCES).find((key) => full === key || full.endsWith("/" + key));
}

/** Checks the order (and presence) of children of every element that has a known sequence. */
function checkOrder(root) {
  const errors = [];
  if (root.name !== "OfficeApp")
    return [{ rule: "order", message: `root element is <${root.name}>, expected <OfficeApp>` }];
  if (root.attrs["xsi:type"] !== "TaskPaneApp") {
    errors.push({
      rule: "order",
      message: `OfficeApp xsi:type is "${root.attrs["xsi:type"]}", expected "TaskPaneApp"`,
    });
  }
  for (const { node, path } of walk(root)) {
    const key = sequenceKey(node, path);
    if (!key) continue;
    const sequence = SEQUENCES[key];
    let last = -1;
    let lastName = "";
    for (const c of node.children) {
      const at = sequence.indexOf(c.name);
      if (at < 0)
        errors.push({
          rule: "order",
          message: `<${c.name}> is not a valid child of <${node.name}>`,
        });
      else if (at < last)
        errors.push({
          rule: "order",
          message: `<${c.name}> must come before <${lastName}> in <${node.name}>`,
        });
      else [last, lastName] = [at, c.name];
    }
    for (const name of REQUIRED[key] ?? []) {
      if (!child(node, name))
        errors.push({ rule: "order", message: `<${node.name}> lacks the required <${name}>` });
    }
  }
  return errors;
}

module.exports = { checkOrder, SEQUENCES };
