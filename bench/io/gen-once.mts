import { writeLog } from "./generate.ts";
const t = performance.now();
await writeLog("/tmp/log100k.xlsx", 100_000);
console.log("gen", performance.now() - t);
