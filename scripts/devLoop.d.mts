export interface Step {
  what: string;
  cmd?: string;
  args?: string[];
  background?: boolean;
  pidFile?: string;
}
export const PORT: number;
export const PID_FILE: string;
export function startPlan(o: { platform: string; args: string[]; root: string; debugging?: string; node?: string }): {
  mode: "desktop" | "web" | "upload";
  steps: Step[];
  missingDebugging?: boolean;
};
export function stopPlan(o: { root: string; debugging?: string; node?: string }): { steps: Step[] };
