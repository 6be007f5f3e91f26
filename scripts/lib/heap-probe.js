/**
 * Preloaded into the load test's Strapi (`node --expose-gc -r heap-probe.js`): on SIGUSR2 it runs a
 * full garbage collection and appends `process.memoryUsage()` as one JSON line to HEAP_PROBE_FILE.
 * Heap used after a full GC is what a leak grows; RSS alone also moves with V8's lazy release of
 * pages. Test tooling only: the app never loads it.
 */
const { appendFileSync } = require('fs');

const file = process.env.HEAP_PROBE_FILE;
if (!file || typeof global.gc !== 'function') {
  throw new Error('heap-probe needs HEAP_PROBE_FILE and node --expose-gc');
}

process.on('SIGUSR2', () => {
  // Two passes: the first can leave objects with finalizers or weak callbacks for the second.
  global.gc();
  global.gc();
  appendFileSync(file, `${JSON.stringify({ at: Date.now(), ...process.memoryUsage() })}\n`);
});
