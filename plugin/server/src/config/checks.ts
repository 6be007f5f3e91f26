/** `newsroom.config.checkTimeoutMs` and `maxStoryTextChars`: how long one attribution check may run, and how much story text is saved and checked. */
export const validatePositiveInteger = (name: string, unit: string, value: unknown) => {
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new Error(`newsroom: config.${name} must be a whole number of ${unit}, 1 or more; got ${JSON.stringify(value)}.`);
  }
};

/** `newsroom.config.allowReaderRegistration`: a switch, true or false. */
export const validateBoolean = (name: string, value: unknown) => {
  if (typeof value !== 'boolean') {
    throw new Error(`newsroom: config.${name} must be true or false; got ${JSON.stringify(value)}.`);
  }
};
