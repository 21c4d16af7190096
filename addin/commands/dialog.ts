// The ribbon's message dialog. A command's runtime ends when event.completed() is called, and
// the dialog with it, so the command completes only when the user has closed the dialog (its
// close button, or the dialog's ×), or after a safety timeout so the command never hangs.
import { DIALOG_READY } from "./dialogText.ts";

/** Office ends an unfinished ribbon command after about 5 minutes; finish before that. */
export const DIALOG_SAFETY_MS = 4 * 60 * 1000;

/** The dialog page; with `text` only as the fallback where Office cannot message the dialog. */
export function messageUrl(text?: string): string {
  const page = `${location.origin}${location.pathname.replace(/[^/]*$/, "")}message.html`;
  return text === undefined ? page : `${page}?m=${encodeURIComponent(text)}`;
}

/** Whether the text can go by Dialog.messageChild (DialogApi 1.2) rather than in the URL. */
const canMessageChild = (): boolean => Boolean(Office.context.requirements?.isSetSupported("DialogApi", "1.2"));

/** Shows `text` in a dialog; resolves when the user closes it (or at the safety timeout). */
export function showMessage(text: string, safetyMs = DIALOG_SAFETY_MS): Promise<void> {
  return new Promise((resolve) => {
    let dialog: Office.Dialog | undefined;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      close(dialog);
      resolve();
    };
    const timer = setTimeout(finish, safetyMs);
    const open = (byMessage: boolean) =>
      // Without DialogApi 1.2 (older Office) the text can only travel in the URL: the fallback.
      Office.context.ui.displayDialogAsync(
        byMessage ? messageUrl() : messageUrl(text),
        { height: 30, width: 35, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) return finish();
          const opened = (dialog = result.value);
          // Closed with ×: DialogEventReceived (12006). The dialog's 关闭 button: a message.
          opened.addEventHandler(Office.EventType.DialogEventReceived, finish);
          opened.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            if (!byMessage || !("message" in arg) || arg.message !== DIALOG_READY) return finish();
            try {
              opened.messageChild(text);
            } catch {
              // The host claimed DialogApi 1.2 but cannot message the dialog: show the text the old way.
              close(opened);
              open(false);
            }
          });
        },
      );
    open(canMessageChild());
  });
}

function close(dialog: Office.Dialog | undefined): void {
  try {
    dialog?.close();
  } catch {
    /* already closed by the user */
  }
}
