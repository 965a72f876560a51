/**
 * Microsoft's own Office.js request builder in Node: `excel-win32-16.01.debug.js` of
 * `@microsoft/office-js` runs in a `vm` context with small window/document stand-ins, and a
 * `RequestContext` whose request executor is replaced by a recorder. What it records is
 * exactly what real office.js would send to Excel: one request per `context.sync()` with
 * actions, object paths and the JSON body, so round trips and payload sizes are real.
 * The recorder answers each request through `answer` (what Excel would reply).
 */
import { readFileSync } from "fs";
import vm from "vm";

/** One action of a request: `ActionType` 1 = instantiate, 2 = query, 3 = method, 4 = set… */
export interface RecordedAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly QueryInfo?: { readonly Select?: string[] };
}
/** One object path: `Name` is the method or property that reached it, e.g. "GetRange". */
export interface RecordedPath {
  readonly Id: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[] };
}
export interface RecordedRequest {
  readonly actions: RecordedAction[];
  readonly paths: Record<string, RecordedPath>;
  /** UTF-8 bytes of the JSON body office.js sends. */
  readonly bytes: number;
}

/**
 * What Excel replies to a query (e.g. `{ _Items: [{ Name: "Sheet1" }] }` for a collection,
 * `{ Formulas: [[…]] }` for a range) or an instantiation (`{ _IsNull: true }` for a missing
 * "…OrNullObject"). `chain` lists the path's names from the workbook down, e.g.
 * ["Worksheets", "GetItemOrNullObject", "GetRange"]; `args` are the last path's arguments.
 */
export type Answer = (
  action: RecordedAction,
  chain: string[],
  args: readonly unknown[]
) => unknown | undefined;

const OFFICE_JS = require.resolve("@microsoft/office-js/dist/excel-win32-16.01.debug.js");
let excelNamespace: { RequestContext: new (url: string) => unknown } | undefined;

function loadExcel() {
  if (excelNamespace) return excelNamespace;
  const noop = () => undefined;
  const element = () => ({ style: {}, setAttribute: noop, appendChild: noop });
  const window: Record<string, unknown> = {
    location: { protocol: "https:", hash: "", search: "", href: "https://localhost/" },
    navigator: { userAgent: "Node" },
    document: {
      createElement: element,
      getElementsByTagName: () => [],
      addEventListener: noop,
      readyState: "complete",
      cookie: "",
    },
    addEventListener: noop,
    removeEventListener: noop,
    setTimeout,
    clearTimeout,
    console: { log: noop, warn: noop, error: noop, info: noop },
    external: {},
  };
  window.window = window;
  window.self = window;
  const context = vm.createContext(window);
  vm.runInContext(readFileSync(OFFICE_JS, "utf8"), context, { filename: "office-excel.js" });
  excelNamespace = (context as { Excel: typeof excelNamespace }).Excel!;
  return excelNamespace;
}

const chainOf = (paths: Record<string, RecordedPath>, id: number): RecordedPath[] => {
  const out: RecordedPath[] = [];
  for (let p = paths[id]; p; p = paths[p.ParentObjectPathId ?? -1]) out.unshift(p);
  return out.slice(1); // without the workbook itself
};

/** A real `Excel.RequestContext` whose requests are recorded and answered by `answer`. */
export function recordingContext(answer: Answer = () => undefined): {
  ctx: Excel.RequestContext;
  requests: RecordedRequest[];
} {
  const Excel = loadExcel();
  const ctx = new Excel.RequestContext("https://localhost/") as { _requestExecutor?: unknown };
  const requests: RecordedRequest[] = [];
  ctx._requestExecutor = {
    executeAsync(_custom: unknown, _flags: number, message: { Body: unknown }) {
      const json = typeof message.Body === "string" ? message.Body : JSON.stringify(message.Body);
      const body = JSON.parse(json) as {
        Actions: RecordedAction[];
        ObjectPaths: Record<string, RecordedPath>;
      };
      requests.push({
        actions: body.Actions,
        paths: body.ObjectPaths,
        bytes: Buffer.byteLength(json, "utf8"),
      });
      const Results = body.Actions.flatMap((a) => {
        const chain = chainOf(body.ObjectPaths, a.ObjectPathId);
        const value = answer(
          a,
          chain.map((p) => p.Name),
          chain[chain.length - 1]?.ArgumentInfo?.Arguments ?? []
        );
        // Excel answers an instantiation with a reference id that keeps the object usable
        // in later syncs (e.g. a sheet added in one sync and read in the next).
        const reply =
          value ?? (a.ActionType === 1 ? { _ReferenceId: `r${a.ObjectPathId}` } : undefined);
        return reply === undefined ? [] : [{ ActionId: a.Id, Value: reply }];
      });
      return Promise.resolve({
        HttpStatusCode: 200,
        ErrorCode: null,
        ErrorMessage: null,
        Headers: {},
        Body: { Results },
      });
    },
  };
  return { ctx: ctx as unknown as Excel.RequestContext, requests };
}
