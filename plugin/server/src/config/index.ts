import { validatePublishGuard } from './publish-guard';
import { validateStoryCacheSize } from './story-cache';

export default {
  default: {
    publishGuard: 'block',
    storyCacheSize: 1000,
  },
  validator(config: Record<string, unknown>) {
    validatePublishGuard(config.publishGuard);
    validateStoryCacheSize(config.storyCacheSize);
  },
};
