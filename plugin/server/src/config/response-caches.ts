/** `newsroom.config.responseCacheBytes`: bytes of rendered responses each fast path keeps per instance. */
export const validateResponseCacheBytes = (value: unknown) => {
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new Error(`newsroom: config.responseCacheBytes must be a whole number of bytes, 0 or more; got ${JSON.stringify(value)}.`);
  }
};
