/**
 * Scripts the browser benchmarks install in the page before any of its own runs (Playwright init
 * scripts, so the page's CSP does not apply to them). The same probe measures the app and the
 * reference page, so their figures compare like with like. Kept as source text: a function would
 * be serialised after tsx has rewritten it, with helpers the page does not have.
 */

/**
 * The first paint that shows register rows: once a `tbody tr` is in the DOM (seen by a
 * MutationObserver, a microtask after the commit that added it), the next animation frame is
 * requested and, from inside it, a message posted: that message runs after the frame is painted.
 * Sets `window.breachlogBenchPaint` to milliseconds from the start of navigation, and
 * `window.breachlogBenchRowsInPage` to when the rows were first in the DOM.
 */
export const FIRST_ROWS_PAINT_PROBE = `(() => {
  let seen = false;
  const check = () => {
    if (seen || !document.querySelector('tbody tr')) return;
    seen = true;
    window.breachlogBenchRowsInPage = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.breachlogBenchPaint = performance.now(); };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

/**
 * Keystroke to frame: from the key event's own timestamp to just after the next frame is painted
 * (the same rAF-then-message method), for every keydown; kept in `window.breachlogBenchLatencies`.
 */
export const KEYSTROKE_LATENCY_PROBE = `(() => {
  window.breachlogBenchLatencies = [];
  document.addEventListener('keydown', (event) => {
    const pressedAt = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.breachlogBenchLatencies.push(performance.now() - pressedAt); };
      channel.port2.postMessage(null);
    });
  }, true);
})();`;

/** What a page load tells about itself, read once the rows are painted. */
export const LOAD_FACTS = `(() => {
  const resources = performance.getEntriesByType('resource');
  // The app's transport escapes the colon, the reference page does not.
  const list = resources.filter((entry) => entry.name.includes('/api/incident:list') || entry.name.includes('/api/incident%3Alist'));
  const scripts = resources.filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
  return {
    paint: window.breachlogBenchPaint,
    rowsInPage: window.breachlogBenchRowsInPage,
    scriptsEnd: scripts.length ? Math.max(...scripts.map((entry) => entry.responseEnd)) : null,
    listStart: list.length ? Math.min(...list.map((entry) => entry.startTime)) : null,
    listEnd: list.length ? Math.min(...list.map((entry) => entry.responseEnd)) : null,
    scripts: scripts.map((entry) => entry.name.split('/').pop() + ' ' + entry.encodedBodySize),
    apiCallsBeforeList: list.length ? resources.filter((entry) => entry.name.includes('/api/') && entry.startTime < Math.min(...list.map((e) => e.startTime))).length : null,
    scriptBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
  };
})()`;
