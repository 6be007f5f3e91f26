import { validatePublishGuard } from './publish-guard';
import { validateStoryCacheSize } from './story-cache';

export default {
  default: {
    publishGuard: 'block',
    storyCacheSize: 1000,
    allowReaderRegistration: false,
  },
  validator(config: Record<string, unknown>) {
    validatePublishGuard(config.publishGuard);
    validateStoryCacheSize(config.storyCacheSize);
    if (typeof config.allowReaderRegistration !== 'boolean') {
      throw new Error(`newsroom: config.allowReaderRegistration must be true or false; got ${JSON.stringify(config.allowReaderRegistration)}.`);
    }
  },
};
