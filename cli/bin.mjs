#!/usr/bin/env node
// Entry point of `npx infoscore`: runs the TypeScript sources directly through tsx, so a fresh
// clone needs no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv);
