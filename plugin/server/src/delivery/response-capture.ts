import type { OutgoingHttpHeaders, ServerResponse } from 'http';

/** Headers a replayed response must not copy: they describe one connection or one body. */
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export const replayableHeaders = (res: ServerResponse): OutgoingHttpHeaders =>
  Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !NOT_REPLAYED.has(name)));

/** Keeps a copy of a 200 response's headers and body as Strapi writes it. */
export const captureResponse = (res: ServerResponse, onComplete: (headers: OutgoingHttpHeaders, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  // `any`: write/end are overloaded in Node's types; the wrappers pass every argument through.
  const write = res.write.bind(res) as (...args: any[]) => boolean;
  const end = res.end.bind(res) as (...args: any[]) => ServerResponse;
  const keep = (chunk: unknown) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk);
    if (res.statusCode === 200) onComplete(replayableHeaders(res), Buffer.concat(chunks));
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
};
