export const STORY_UID = 'plugin::newsroom.story';
export const QUOTE_UID = 'plugin::newsroom.quote';
export const SOURCE_UID = 'plugin::newsroom.source';
export const STATISTIC_UID = 'plugin::newsroom.statistic';
export const PHOTO_CAPTION_UID = 'plugin::newsroom.photo-caption';
