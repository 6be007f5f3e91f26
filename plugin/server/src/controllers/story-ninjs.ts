import { toNinjs } from '../formats/ninjs';
import { createStoryFormatController } from './story-format';

/** One published story as IPTC ninjs 3.1. */
export default createStoryFormatController('application/json; charset=utf-8', toNinjs);
