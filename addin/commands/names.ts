/** Ribbon function names; the manifest's <FunctionName> elements must match these. */
export const COMMANDS = ["insertTemplate", "runMonthly", "runSummary", "runStaff", "runAll"] as const;
export type CommandName = (typeof COMMANDS)[number];
