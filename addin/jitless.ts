// Imported first by every page's entry: zod then never compiles parsers with new Function, so
// the pages' Content-Security-Policy needs no 'unsafe-eval' (and no violation is reported).
import { z } from "zod";

z.config({ jitless: true });
