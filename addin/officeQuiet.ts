// office.js's host map (o15apptofilemappingtable.js) frames a Microsoft telemetry page three
// seconds after it loads. InfoScore promises that nothing leaves the add-in's own origin (and
// its CSP would block the frame anyway, with a violation report), so that logger is switched
// off as soon as office.js is ready. Harmless when office.js changes: every step is optional.
type Quiet = { loadProxyFrame?: () => void };

export function quietOffice(): void {
  const g = globalThis as unknown as { OSF?: { Logger?: { ulsEndpoint?: Quiet | null } }; OSFAppTelemetry?: { enableTelemetry?: boolean } };
  try {
    const endpoint = g.OSF?.Logger?.ulsEndpoint;
    if (endpoint) {
      endpoint.loadProxyFrame = () => undefined;
      const proto = Object.getPrototypeOf(endpoint) as Quiet | null;
      if (proto && proto !== Object.prototype) proto.loadProxyFrame = () => undefined;
    }
    if (g.OSFAppTelemetry) g.OSFAppTelemetry.enableTelemetry = false;
  } catch {
    /* nothing to switch off */
  }
}
