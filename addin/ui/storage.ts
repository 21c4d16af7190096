// Remembered choices (language, last period). Every access is guarded: Excel on the web in a
// cross-site frame with third-party storage blocked throws on the first touch of localStorage,
// and a pane that threw at load would stay blank.

function store(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function loadSetting(key: string): string | undefined {
  try {
    return store()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveSetting(key: string, value: string): void {
  try {
    store()?.setItem(key, value);
  } catch {
    /* storage blocked or full: the choice is simply not remembered */
  }
}

/** The open workbook's own settings (Office document settings), when running inside Office. */
function documentSettings(): Office.Settings | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A value remembered in this workbook (travels with the file). The browser's copy is used only
 * where the host has no document settings: it is shared by every workbook, so with settings
 * available it would hand one workbook another's choice.
 */
export function loadWorkbookSetting(key: string): string | undefined {
  try {
    const settings = documentSettings();
    if (settings) {
      const value = settings.get(key);
      return typeof value === "string" && value ? value : undefined;
    }
  } catch {
    /* fall back to the browser's storage */
  }
  return loadSetting(key);
}

/** Remembers a value in this workbook (saved with it) and in this browser. */
export function saveWorkbookSetting(key: string, value: string): void {
  saveSetting(key, value);
  try {
    const settings = documentSettings();
    if (!settings) return;
    settings.set(key, value);
    settings.saveAsync(() => undefined);
  } catch {
    /* an older host without document settings: the browser copy is enough */
  }
}
