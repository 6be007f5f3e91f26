/** `newsroom.config.storyCacheSize`: rendered stories kept per instance for the fast path (0: no fast path). */
export const validateStoryCacheSize = (value: unknown) => {
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new Error(`newsroom: config.storyCacheSize must be a whole number of stories, 0 or more; got ${JSON.stringify(value)}.`);
  }
};
