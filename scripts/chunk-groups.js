/* global module */
// Writes dist/chunk-groups.json: the JavaScript files of each entry point and of each named
// lazy chunk group (`import(/* webpackChunkName: "wizard" */ …)`), shared chunks included.
// scripts/bundleSize.ts reads it to measure what the first screen loads.

const FILE = "chunk-groups.json";

class ChunkGroupsPlugin {
  apply(compiler) {
    const { sources, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ChunkGroupsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ChunkGroupsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const js = (group) => [
            ...new Set(group.chunks.flatMap((c) => [...c.files].filter((f) => f.endsWith(".js")))),
          ];
          const out = { entries: {}, lazy: {} };
          for (const [name, group] of compilation.entrypoints) out.entries[name] = js(group);
          for (const [name, group] of compilation.namedChunkGroups)
            if (!compilation.entrypoints.has(name)) out.lazy[name] = js(group);
          compilation.emitAsset(FILE, new sources.RawSource(`${JSON.stringify(out, null, 2)}\n`));
        }
      );
    });
  }
}

module.exports = { ChunkGroupsPlugin, CHUNK_GROUPS_FILE: FILE };
