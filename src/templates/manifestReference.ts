import type { AddinReference, AddinStore } from "./package/webExtension";

/**
 * Reads the add-in's `<Id>` and `<Version>` from the manifest text (the top-level ones,
 * children of `<OfficeApp>`), so templates never carry a hand-copied id.
 */
export function manifestReference(manifestXml: string, store: AddinStore): AddinReference {
  const body = manifestXml.replace(/<!--[\s\S]*?-->/g, "");
  const id = /<OfficeApp[\s\S]*?<Id>\s*([^<\s]+)\s*<\/Id>/.exec(body)?.[1];
  const version = /<OfficeApp[\s\S]*?<Version>\s*([^<\s]+)\s*<\/Version>/.exec(body)?.[1];
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new Error("manifest.xml: no add-in <Id> GUID found");
  }
  if (!version || !/^\d+(\.\d+){1,3}$/.test(version))
    throw new Error("manifest.xml: no <Version> found");
  return { id, version, store };
}

/**
 * The store from the build's environment: TEMPLATE_STORE = developer (default) |
 * fileShare (TEMPLATE_STORE_PATH = \\server\share) | organisation | sharePoint
 * (TEMPLATE_STORE_URL = the app catalog's URL).
 */
export function storeFromEnv(env: Readonly<Record<string, string | undefined>>): AddinStore {
  const kind = env.TEMPLATE_STORE ?? "developer";
  switch (kind) {
    case "developer":
    case "organisation":
      return { kind };
    case "fileShare":
      if (!env.TEMPLATE_STORE_PATH)
        throw new Error("TEMPLATE_STORE=fileShare needs TEMPLATE_STORE_PATH (\\\\server\\share)");
      return { kind, path: env.TEMPLATE_STORE_PATH };
    case "sharePoint":
      if (!env.TEMPLATE_STORE_URL)
        throw new Error("TEMPLATE_STORE=sharePoint needs TEMPLATE_STORE_URL");
      return { kind, url: env.TEMPLATE_STORE_URL };
    default:
      throw new Error(
        `TEMPLATE_STORE must be developer, fileShare, organisation or sharePoint, not "${kind}"`
      );
  }
}
