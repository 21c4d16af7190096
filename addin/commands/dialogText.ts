// How the ribbon's message dialog gets its text. Where Office has DialogApi 1.2 the text goes by
// message (Dialog.messageChild), never in the URL: a list of issues is longer than a URL may be,
// and a URL can end up in a proxy's or a server's log with the user's data in it. The dialog
// registers for the parent's message first and then says READY; the parent sends the text then
// (a message sent before the dialog listens is lost).

/** Dialog → command: the dialog listens and wants its text. */
export const DIALOG_READY = "infoscore:ready";
/** Dialog → command: the user pressed 关闭. */
export const DIALOG_CLOSE = "infoscore:close";

/** The parts of Office.context.ui the dialog uses. */
export interface DialogUi {
  addHandlerAsync(
    type: Office.EventType,
    handler: (arg: { message: string }) => void,
    callback?: (r: Office.AsyncResult<void>) => void,
  ): void;
  messageParent(message: string): void;
}

/**
 * Shows the dialog's text: from the URL's `m` where the command had to fall back to it (Office
 * without DialogApi 1.2), otherwise from the command's message, asked for once the handler is in place.
 */
export function receiveText(search: string, ui: DialogUi, show: (text: string) => void, received: Office.EventType): void {
  const fromUrl = new URLSearchParams(search).get("m");
  if (fromUrl !== null) return show(fromUrl);
  ui.addHandlerAsync(
    received,
    (arg) => show(arg.message),
    (r) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) ui.messageParent(DIALOG_READY);
    },
  );
}
