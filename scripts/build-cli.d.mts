export const CLI_OUT: string;
/** Compiles cli/main.ts into build/cli/; returns how many sources went in. */
export function buildCli(): Promise<number>;
