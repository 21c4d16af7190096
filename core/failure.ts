// The one error type for failures a user can cause and must act on. It carries a code and
// parameters, never a text: the host renders it in the user's language (core/failures.ts).
// Problems inside the input's rows are not failures: they are issues (core/issues.ts).
import { FAILURES, type FailureCode } from "./failures.ts";
import { interpolate, type Lang } from "./issues.ts";

export type FailureParams = Record<string, string | number>;

export class InfoScoreError extends Error {
  override readonly name = "InfoScoreError";

  constructor(readonly code: FailureCode, readonly params: FailureParams = {}) {
    // The English text, for logs and debuggers; users see renderFailure's text.
    super(interpolate(FAILURES[code].en, params));
  }
}

/** The user's text for a failure; an unexpected error becomes "internal", without its English text. */
export function renderFailure(e: unknown, lang: Lang): string {
  if (e instanceof InfoScoreError) return interpolate(FAILURES[e.code][lang], e.params);
  const name = e instanceof Error ? e.name : typeof e;
  return interpolate(FAILURES.internal[lang], { name });
}
