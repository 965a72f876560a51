import type JSZip from "jszip";
import { addContentType, addRelationship, xmlEscape } from "./opc";

/**
 * Where Excel finds the add-in a workbook refers to (`we:reference` storeType/store, as in
 * Microsoft's "Automatically open a task pane with a document"):
 * - `developer`: sideloaded add-in (storeType Registry, store "developer");
 * - `fileShare`: network-share catalog (storeType FileSystem, store = the share's UNC path);
 * - `organisation`: Centralized Deployment in the Microsoft 365 admin center (EXCatalog);
 * - `sharePoint`: a SharePoint app catalog (SPCatalog, store = the catalog URL).
 */
export type AddinStore =
  | { readonly kind: "developer" }
  | { readonly kind: "fileShare"; readonly path: string }
  | { readonly kind: "organisation" }
  | { readonly kind: "sharePoint"; readonly url: string };

/** The add-in a workbook carries: the manifest's `<Id>` and `<Version>`, and its store. */
export interface AddinReference {
  readonly id: string;
  readonly version: string;
  readonly store: AddinStore;
}

export const WEBEXTENSION_TYPE = "application/vnd.ms-office.webextension+xml";
export const TASKPANES_TYPE = "application/vnd.ms-office.webextensiontaskpanes+xml";
export const TASKPANES_REL =
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
export const WEBEXTENSION_REL =
  "http://schemas.microsoft.com/office/2011/relationships/webextension";

const storeAttrs = (s: AddinStore): [string, string] => {
  switch (s.kind) {
    case "developer":
      return ["Registry", "developer"];
    case "fileShare":
      return ["FileSystem", s.path];
    case "organisation":
      return ["EXCatalog", "EXCatalog"];
    case "sharePoint":
      return ["SPCatalog", s.url];
  }
};

/** The webextension part: reference to the add-in plus the auto-open property. */
export function webExtensionXml(ref: AddinReference): string {
  const [storeType, store] = storeAttrs(ref.store);
  const id = xmlEscape(ref.id);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{${id.toUpperCase()}}">` +
    `<we:reference id="${id}" version="${xmlEscape(ref.version)}" store="${xmlEscape(store)}" storeType="${storeType}"/>` +
    "<we:alternateReferences/>" +
    '<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>' +
    "<we:bindings/>" +
    '<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>' +
    "</we:webextension>"
  );
}

/**
 * The task-pane part. visibility="1" opens the pane the first time the workbook is opened,
 * so a recipient is offered the add-in (Microsoft: required to distribute an add-in with a
 * document).
 */
export const TASKPANES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
  '<wetp:taskpane dockstate="right" visibility="1" width="350" row="4">' +
  '<wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
  "</wetp:taskpane></wetp:taskpanes>";

/** Adds the webextension and task-pane parts, their relationships and content types. */
export async function addWebExtension(zip: JSZip, ref: AddinReference): Promise<void> {
  zip.file("xl/webextensions/webextension1.xml", webExtensionXml(ref));
  zip.file("xl/webextensions/taskpanes.xml", TASKPANES_XML);
  await addRelationship(
    zip,
    "xl/webextensions/_rels/taskpanes.xml.rels",
    WEBEXTENSION_REL,
    "webextension1.xml"
  );
  await addRelationship(zip, "_rels/.rels", TASKPANES_REL, "xl/webextensions/taskpanes.xml");
  await addContentType(zip, "/xl/webextensions/webextension1.xml", WEBEXTENSION_TYPE);
  await addContentType(zip, "/xl/webextensions/taskpanes.xml", TASKPANES_TYPE);
}
