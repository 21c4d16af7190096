// The ribbon's message dialog. A command's runtime ends when event.completed() is called, and
// the dialog with it, so the command completes only when the user has closed the dialog (its
// close button, or the dialog's ×), or after a safety timeout so the command never hangs.

/** Office ends an unfinished ribbon command after about 5 minutes; finish before that. */
export const DIALOG_SAFETY_MS = 4 * 60 * 1000;

export function messageUrl(text: string): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, "")}message.html?m=${encodeURIComponent(text)}`;
}

/** Shows `text` in a dialog; resolves when the user closes it (or at the safety timeout). */
export function showMessage(text: string, safetyMs = DIALOG_SAFETY_MS): Promise<void> {
  return new Promise((resolve) => {
    let dialog: Office.Dialog | undefined;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        /* already closed by the user */
      }
      resolve();
    };
    const timer = setTimeout(finish, safetyMs);
    Office.context.ui.displayDialogAsync(messageUrl(text), { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return finish();
      dialog = result.value;
      // Closed with ×: DialogEventReceived (12006). The dialog's 关闭 button: a message.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
    });
  });
}
