import type { Server } from "node:http";
/** Serves a folder over http on this machine only (127.0.0.1). Port 0 picks a free port. */
export function serve(dir?: string, port?: number, host?: string): Promise<Server>;
