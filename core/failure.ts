// The one error type for failures a user can cause and must act on. It carries a code and
// parameters, never a text: the host renders it in the user's language (core/text.ts).
// Problems inside the input's rows are not failures: they are issues (core/issues.ts).
import { t, type FailureCode, type Lang } from "./text.ts";

export type FailureParams = Record<string, string | number>;

export class InfoScoreError extends Error {
  override readonly name = "InfoScoreError";

  constructor(
    readonly code: FailureCode,
    readonly params: FailureParams = {},
  ) {
    // The English text, for logs and debuggers; users see renderFailure's text.
    super(t("en", `failure.${code}`, params));
  }
}

/** The user's text for a failure; an unexpected error becomes "internal", without its English text or class. */
export function renderFailure(e: unknown, lang: Lang): string {
  if (e instanceof InfoScoreError) return t(lang, `failure.${e.code}`, e.params);
  return t(lang, "failure.internal");
}
