// Commander's errors in the user's language. Commander reports each through exitOverride with a
// stable code (commander.unknownOption, …); the word the message names (the option, the command,
// the argument) is taken from the command line and the command's own definition, never out of
// commander's English text. configureOutput keeps that English text off the terminal.
import { CommanderError, type Command, type Option } from "commander";
import { t, type Lang } from "../core/index.ts";

/** A command line that commander refused, with the message already in the user's language. */
export class CommandLineError extends Error {}

/** The option a token names ("--period", "--period=2026-03", "-h"), if any of the command's. */
const optionOf = (command: Command, token: string): Option | undefined => {
  const name = token.split("=")[0];
  return command.options.find((o) => o.long === name || o.short === name);
};

const isHelp = (token: string) => token === "-h" || token === "--help";

/** The options the tokens name in order, each with whether its value is missing; values are skipped. */
function optionTokens(command: Command, tokens: readonly string[]): Array<{ token: string; option?: Option; valueMissing: boolean }> {
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith("-") || token === "-" || token === "--") continue;
    const option = optionOf(command, token);
    const takesValue = option?.required === true && !token.includes("=");
    found.push({ token, option, valueMissing: takesValue && i + 1 >= tokens.length });
    if (takesValue) i++;
  }
  return found;
}

/** An option whose value is optional (`--json`) that took the next word as its value: `--json W.xlsx` with W.xlsx meant as the input. */
function optionalTook(command: Command, tokens: readonly string[]): { option: string; value: string } | undefined {
  const i = tokens.findIndex((token, at) => optionOf(command, token)?.optional && !token.includes("=") && at + 1 < tokens.length);
  const value = i < 0 ? undefined : tokens[i + 1];
  return value === undefined || value.startsWith("-") ? undefined : { option: tokens[i], value };
}

/** The message for commander's error `e`, raised by `command` while reading `tokens` (the words after its name). */
export function commandLineMessage(e: CommanderError, command: Command, tokens: readonly string[], lang: Lang): string {
  const options = optionTokens(command, tokens);
  switch (e.code) {
    case "commander.unknownOption": {
      const unknown = options.find((o) => !o.option && !isHelp(o.token));
      return t(lang, "cli.unknownOption", { option: unknown?.token.split("=")[0] ?? "" });
    }
    case "commander.unknownCommand":
      return t(lang, "cli.unknownCommand", { command: command.args[0] ?? tokens[0] ?? "" });
    case "commander.missingArgument": {
      const required = command.registeredArguments.filter((a) => a.required);
      const name = (required[command.args.length] ?? required[0])?.name() ?? "";
      const took = optionalTook(command, tokens);
      return took ? t(lang, "cli.optionTookArgument", { name, ...took }) : t(lang, "cli.missingArgument", { name });
    }
    case "commander.optionMissingArgument": {
      const option = options.find((o) => o.valueMissing)?.option;
      return t(lang, "cli.optionMissingArgument", { option: option?.long ?? option?.short ?? "" });
    }
    default:
      return t(lang, "cli.badCommandLine");
  }
}

/**
 * Routes a command's errors through commander's own hooks: nothing English is printed, help and
 * version (exit code 0) pass through, and every refusal becomes a CommandLineError in the user's language.
 */
export function localiseErrors(command: Command, argv: readonly string[], lang: Lang): Command {
  const user = argv.slice(2);
  const at = command.parent ? user.indexOf(command.name()) : -1;
  const tokens = user.slice(at + 1);
  return command.configureOutput({ outputError: () => undefined }).exitOverride((e: CommanderError) => {
    if (e.exitCode === 0) throw e;
    throw new CommandLineError(commandLineMessage(e, command, tokens, lang));
  });
}

/**
 * The value parser of an option taking a path: a value starting with "-" is another option the
 * user put where the path should be (`--json --out d`), never a file name; "-" alone only where
 * it means stdout.
 */
export const pathValue =
  (option: string, lang: Lang, dashIsStdout = false) =>
  (value: string): string => {
    if (value === "") throw new CommandLineError(t(lang, "cli.optionMissingArgument", { option }));
    if (!value.startsWith("-") || (dashIsStdout && value === "-")) return value;
    const dash = dashIsStdout ? t(lang, "cli.optionNeedsPathDash") : "";
    throw new CommandLineError(t(lang, "cli.optionNeedsPath", { option, value, dash }));
  };
