import { validatePublishGuard } from './publish-guard';

export default {
  default: {
    publishGuard: 'block',
  },
  validator(config: Record<string, unknown>) {
    validatePublishGuard(config.publishGuard);
  },
};
