/**
 * What the keystroke benchmark installs in a page before any of its scripts run: for every
 * keydown, the time from the event to the next paint (the event's timestamp to a message
 * posted from the frame's requestAnimationFrame, which runs after that frame is painted),
 * and the duration of every long task (Long Tasks API). Read back with `readProbe`.
 */

/** The probe, as a script for `page.addInitScript`. */
export const PROBE_SCRIPT = `(() => {
  const probe = { latencies: [], longTasks: [] };
  Object.defineProperty(window, "__keystrokeProbe", { value: probe });
  const modifiers = ["Control", "Shift", "Alt", "Meta"];
  document.addEventListener("keydown", (event) => {
    if (modifiers.includes(event.key)) return; // Control+A is one keystroke: its "a"
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.latencies.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: "longtask" });
})();`;

/** What the probe has recorded so far. */
export interface ProbeReadings {
  readonly latencies: number[];
  readonly longTasks: number[];
}

type ProbeWindow = { __keystrokeProbe: ProbeReadings };

/** In-page functions for `page.evaluate` / `page.waitForFunction` (self-contained: serialised). */
export const probe = {
  reset: () => {
    const p = (window as unknown as ProbeWindow).__keystrokeProbe;
    p.latencies.length = 0;
    p.longTasks.length = 0;
  },
  count: () => (window as unknown as ProbeWindow).__keystrokeProbe.latencies.length,
  countAbove: (n: number) =>
    (window as unknown as ProbeWindow).__keystrokeProbe.latencies.length > n,
  read: (): ProbeReadings => {
    const p = (window as unknown as ProbeWindow).__keystrokeProbe;
    return { latencies: [...p.latencies], longTasks: [...p.longTasks] };
  },
};
