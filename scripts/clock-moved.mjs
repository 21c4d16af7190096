// Runs the tests that touch dates again with the clock moved (docs/rules.md, D7): no result may
// depend on the day the suite runs or on the machine's time zone. The clock is moved with
// libfaketime (it reaches node and every process node spawns, the batch tool and LibreOffice
// included); time zones with TZ. `npm test` runs this after the whole suite.
//   node scripts/clock-moved.mjs            every setting below
//   node scripts/clock-moved.mjs --quick    the unit project only (seconds a setting)
import { spawnSync } from "node:child_process";

/**
 * The days and zones that broke date code elsewhere: a new year, a leap day, both ends of UTC.
 * Every setting reruns the unit project and the calendar through the batch tool; the documents
 * (slow: LibreOffice) are rerun on the leap day, the setting furthest from the real date.
 */
const CALENDAR = ["test/cli/calendars.system.test.ts"];
const DOCUMENTS = ["test/print/", "test/docx/"];
const SETTINGS = [
  { label: "clock at 2027-01-01 00:30", faketime: "@2027-01-01 00:30:00", system: CALENDAR },
  { label: "clock at 2028-02-29 23:30", faketime: "@2028-02-29 23:30:00", system: [...CALENDAR, ...DOCUMENTS] },
  { label: "TZ=Pacific/Kiritimati (UTC+14)", tz: "Pacific/Kiritimati", system: CALENDAR },
  { label: "TZ=Pacific/Honolulu (UTC-10)", tz: "Pacific/Honolulu", system: CALENDAR },
];

const quick = process.argv.includes("--quick");
const hasFaketime = spawnSync("faketime", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasFaketime) {
  const message = "clock-moved: faketime is not installed (Debian: apt-get install faketime)";
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message}; only the time zones are tried`);
}

let failed = 0;
for (const setting of SETTINGS) {
  if (setting.faketime && !hasFaketime) continue;
  const env = { ...process.env };
  // Timers keep the real monotonic clock, so test timeouts still mean seconds; files keep their real
  // times, so the system tests' build check does not rebuild what is fresh.
  if (setting.faketime) Object.assign(env, { FAKETIME_DONT_FAKE_MONOTONIC: "1", NO_FAKE_STAT: "1" });
  if (setting.tz) env.TZ = setting.tz;
  const runs = [["--project", "unit"], ...(quick ? [] : [["--project", "system", "--passWithNoTests", ...setting.system]])];
  for (const selection of runs) {
    const vitest = ["vitest", "run", ...selection];
    const [command, args] = setting.faketime ? ["faketime", ["-f", setting.faketime, "npx", ...vitest]] : ["npx", vitest];
    console.info(`\nclock-moved: ${setting.label}: ${selection.join(" ")}`);
    const run = spawnSync(command, args, { stdio: "inherit", env });
    if (run.status !== 0) {
      console.error(`clock-moved: FAILED with ${setting.label}`);
      failed++;
    }
  }
}
process.exit(failed ? 1 : 0);
