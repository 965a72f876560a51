// A small element tree over fast-xml-parser's order-preserving output.
const { XMLParser, XMLValidator } = require("fast-xml-parser");

/**
 * @typedef {{ name: string, attrs: Record<string,string>, children: XmlNode[], text: string, line?: number }} XmlNode
 */

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  commentPropName: "#comment",
});

function toNode(entry) {
  const name = Object.keys(entry).find((k) => k !== ":@");
  const raw = entry[name];
  const node = { name, attrs: entry[":@"] || {}, children: [], text: "" };
  if (Array.isArray(raw)) {
    for (const child of raw) {
      if ("#text" in child) node.text += String(child["#text"]);
      else if (!("#comment" in child)) node.children.push(toNode(child));
    }
  }
  return node;
}

/**
 * Parses XML text into the root element, or returns the well-formedness error.
 * @returns {{ root: XmlNode } | { error: string }}
 */
function parseXml(text) {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return { error: `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})` };
  const entries = parser.parse(text).filter((e) => !("?xml" in e) && !("#comment" in e));
  if (entries.length !== 1) return { error: `expected one root element, found ${entries.length}` };
  return { root: toNode(entries[0]) };
}

/** Every element below (and including) `node`, depth first, with its ancestors' names. */
function* walk(node, path = []) {
  yield { node, path };
  for (const child of node.children) yield* walk(child, [...path, node.name]);
}

/** The children of `node` named `name`. */
const childrenNamed = (node, name) => node.children.filter((c) => c.name === name);
/** The first child of `node` named `name`, or undefined. */
const child = (node, name) => node.children.find((c) => c.name === name);

module.exports = { parseXml, walk, childrenNamed, child };
