/**
 * The load test's traffic: reader clients on keep-alive connections (loopback only, bounded in
 * number and time) and one editor publishing and editing through the admin API.
 */
import http from 'http';

export interface Reply {
  status: number;
  body: string;
}

export const createHttp = (baseUrl: string, maxSockets: number) => {
  const url = new URL(baseUrl);
  if (!['127.0.0.1', 'localhost', '::1'].includes(url.hostname)) throw new Error(`load test targets loopback only, not ${url.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const request = (
    method: string,
    path: string,
    { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {}
  ): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method,
          path,
          headers: {
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        }
      );
      req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path}`)));
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  return { request, close: () => agent.destroy() };
};

export type Http = ReturnType<typeof createHttp>;

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;

export interface Stats {
  requests: number;
  errors: number;
  errorSamples: string[];
  latencies: number[];
  staleReads: number;
  staleSamples: string[];
}

export const newStats = (): Stats => ({ requests: 0, errors: 0, errorSamples: [], latencies: [], staleReads: 0, staleSamples: [] });

export const recordError = (stats: Stats, what: string) => {
  stats.errors += 1;
  if (stats.errorSamples.length < 10) stats.errorSamples.push(what);
};

export const recordStale = (stats: Stats, what: string) => {
  stats.staleReads += 1;
  if (stats.staleSamples.length < 10) stats.staleSamples.push(what);
};
