/** Whether build/cli/main.mjs exists and is newer than every source listed in build/cli/inputs.json. */
export function compiledIsFresh(root: URL, env?: Record<string, string | undefined>): boolean;
