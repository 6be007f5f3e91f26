import type { PublishGuardMode } from '../../../shared/contracts/attributions';

export const PUBLISH_GUARD_MODES: readonly PublishGuardMode[] = ['block', 'warn', 'off'];

/** `newsroom.config.publishGuard` in config/plugins.ts: what publishing a story with attribution errors does. */
export const validatePublishGuard = (value: unknown) => {
  if (!PUBLISH_GUARD_MODES.includes(value as PublishGuardMode)) {
    throw new Error(
      `newsroom: config.publishGuard must be one of ${PUBLISH_GUARD_MODES.map((m) => `'${m}'`).join(', ')}; got ${JSON.stringify(value)}.`
    );
  }
};
