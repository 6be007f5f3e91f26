export const SIGN_OFF_UID = 'plugin::newsroom.sign-off';
export const STORY_CHECK_UID = 'plugin::newsroom.story-check';
export const PUBLISH_OVERRIDE_UID = 'plugin::newsroom.publish-override';
