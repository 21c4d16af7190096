// The real office.js request serializer, run offline: Excel on the web's library
// (@microsoft/office-js, excel-web-16.00.debug.js) is loaded into a Node vm with a minimal
// window, and its RequestContext is given a request executor that measures each request body
// instead of sending it. A mirror runs every call the adapter makes on the fake Excel
// (test/helpers/fakeExcel.ts) on such a context too: the fake answers (loaded values, errors),
// office.js builds the request Excel would receive, and its UTF-8 size is what is measured.
// Objects the real context cannot give without an answer from Excel (a loaded collection's
// items) are not mirrored; the large parts of a request (values, formats, row heights,
// pictures) all go through ranges and sheets that are.
import fs from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";

type Any = Record<string | symbol, unknown>;

const noop = () => undefined;
const element = () => ({
  style: {},
  setAttribute: noop,
  appendChild: noop,
  addEventListener: noop,
  getElementsByTagName: () => [],
  childNodes: [],
});

let loaded: Any | undefined;

/** Excel on the web's office.js in a sandbox; its `Excel` namespace. */
function officeJs(): Any {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
  const store = { getItem: () => null, setItem: noop, removeItem: noop };
  const win: Any = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "Mozilla/5.0 Chrome/120", platform: "Win32", language: "zh-CN" },
    location: {
      href: "https://localhost/taskpane.html",
      search: "",
      hash: "",
      protocol: "https:",
      host: "localhost",
      hostname: "localhost",
    },
    document: {
      readyState: "complete",
      createElement: element,
      getElementsByTagName: () => [],
      addEventListener: noop,
      body: element(),
      head: element(),
      cookie: "",
    },
    addEventListener: noop,
    removeEventListener: noop,
    postMessage: noop,
    localStorage: store,
    sessionStorage: store,
  };
  win.window = win.self = win.top = win.parent = win;
  vm.createContext(win);
  vm.runInContext(fs.readFileSync(file, "utf8"), win, { filename: "excel-web-16.00.debug.js" });
  loaded = win.Excel as Any;
  return loaded;
}

export interface Wire {
  /** UTF-8 bytes of each request office.js built, in order. */
  requests: number[];
}

/** A real office.js RequestContext whose requests are measured, never sent. */
function measuredContext(wire: Wire): Any {
  const Excel = officeJs();
  const context = new (Excel.RequestContext as new () => Any)();
  context._requestExecutor = {
    executeAsync: (_data: unknown, _flags: unknown, message: { Body: { Actions?: Array<{ Id: number; ActionType: number }> } }) => {
      wire.requests.push(Buffer.byteLength(JSON.stringify(message.Body), "utf8"));
      // Each object the request made is answered with an id, as Excel does (a new sheet is then
      // addressed by its id in later requests); loads are left unanswered.
      const made = (message.Body.Actions ?? []).filter((a) => a.ActionType === 1);
      const Results = made.map((a) => ({ ActionId: a.Id, Value: { Id: `{${a.Id}}` } }));
      return Promise.resolve({ ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results } });
    },
  };
  context.m_requestUrlAndHeaderInfo = { url: "local", headers: {} };
  return context;
}

const isObject = (v: unknown): v is object => (typeof v === "object" && v !== null) || typeof v === "function";

/** A pair of objects, the fake's and office.js's, that acts as the fake and mirrors onto office.js. */
function mirror(fake: unknown, real: unknown, realSync: () => Promise<void>): unknown {
  if (!isObject(fake)) return fake;
  if (Array.isArray(fake)) return fake; // loaded items and values: answers, not calls
  return new Proxy(fake, {
    get(target, prop, receiver) {
      if (prop === "sync") return async () => (await (target as { sync: () => Promise<void> }).sync(), await realSync());
      const value = Reflect.get(target, prop, receiver);
      let other: unknown;
      try {
        other = isObject(real) ? (real as Any)[prop] : undefined;
      } catch {
        other = undefined; // not available without an answer from Excel
      }
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          let twin: unknown;
          if (typeof other === "function") {
            try {
              twin = (other as (...a: unknown[]) => unknown).apply(real, args);
            } catch {
              twin = undefined;
            }
          }
          return mirror(result, twin, realSync);
        };
      }
      return isObject(value) ? mirror(value, other, realSync) : value;
    },
    set(target, prop, value) {
      if (isObject(real)) {
        try {
          (real as Any)[prop] = value;
        } catch {
          /* a property office.js checks differently: the fake's rule is the test's */
        }
      }
      return Reflect.set(target, prop, value);
    },
  });
}

/** The fake's context, mirrored onto office.js: the adapter runs on it as on Excel. */
export function wireContext(fake: Excel.RequestContext, wire: Wire): Excel.RequestContext {
  const real = measuredContext(wire);
  const realSync = async () => {
    try {
      await (real.sync as () => Promise<void>).call(real);
    } catch {
      /* the empty answer leaves some loads unanswered; only the request's size matters here */
    }
  };
  return mirror(fake, real, realSync) as Excel.RequestContext;
}
