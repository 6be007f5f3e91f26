/**
 * Last words of capitalized runs that name places, buildings and venues, not people:
 * "Tanner Street", "the Tanner Street Diner", "Harbor Point Marina".
 */
export const PLACE_NAME_WORDS = new Set([
  'street', 'st.', 'avenue', 'ave.', 'road', 'rd.', 'boulevard', 'blvd.', 'lane', 'drive', 'highway', 'freeway',
  'route', 'way', 'bridge', 'tunnel', 'river', 'creek', 'lake', 'bay', 'harbor', 'harbour', 'beach', 'coast',
  'island', 'islands', 'mountain', 'mountains', 'hill', 'hills', 'valley', 'canyon', 'forest', 'park', 'square',
  'plaza', 'mall', 'market', 'diner', 'cafe', 'café', 'restaurant', 'bakery', 'bar', 'pub', 'hotel', 'inn',
  'motel', 'stadium', 'arena', 'airport', 'station', 'terminal', 'port', 'pier', 'marina', 'landing', 'hall',
  'building', 'tower', 'towers', 'library', 'museum', 'theater', 'theatre', 'gallery', 'chapel', 'cathedral',
  'cemetery', 'farm', 'ranch', 'mill', 'dam', 'county', 'township', 'district', 'province', 'region', 'heights',
  'springs', 'falls', 'village', 'town', 'city', 'north', 'south', 'east', 'west', 'center', 'centre',
  // Schools named for their level: "Garfield High", "Maple Elementary".
  'high', 'elementary', 'middle', 'prep',
  // Water and coast: "Merrow Sound", "Merrow Point".
  'sound', 'strait', 'channel', 'inlet', 'cove', 'point', 'peninsula', 'ridge', 'bluff', 'quay', 'wharf', 'junction',
]);

/**
 * First words of capitalized runs that name places, never a person's given name: "Fort Ellis",
 * "Lake Orrin", "Mount Ash", "Port Ellery".
 */
export const PLACE_FIRST_WORDS = new Set(['fort', 'ft.', 'lake', 'mount', 'mt.', 'port', 'cape', 'camp', 'glacier', 'isle']);
