/**
 * `npm run loadtest`, briefly: 10 clients for 5 s while the editor publishes and edits.
 * The full run (50 clients, 30 s) is `npm run loadtest`; figures in the README.
 */
import { runScript } from '../support/processes';

describe('npm run loadtest', () => {
  it('serves readers with zero errors and no stale read while an editor publishes', async () => {
    const result = await runScript('loadtest', [], { LOADTEST_SECONDS: '5', LOADTEST_CLIENTS: '10' });
    const lines = result.stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]);
    expect({ code: result.code, stderr: result.code === 0 ? '' : result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(summary).toMatchObject({ clients: 10, errors: 0, staleReads: 0 });
    expect(summary.requests).toBeGreaterThan(100);
    expect(summary.publishes).toBeGreaterThan(2);
    expect(summary.edits).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/server RSS\s+[\d.]+ MB at start, [\d.]+ MB at end/);
    // Not a leak detector in 5 s (the JIT and caches still warm up), but no runaway either.
    expect(summary.rssMb.end).toBeLessThan(summary.rssMb.start + 400);
  }, 180_000);
});
