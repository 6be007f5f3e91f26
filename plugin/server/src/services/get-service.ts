import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/constants';
import type services from './index';

/** Each newsroom service by its registered name, as its factory builds it. */
export type NewsroomServices = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

/** A newsroom service, typed by name (the pattern of Strapi's own content-releases plugin). */
export const getService = <Name extends keyof NewsroomServices>(
  name: Name,
  { strapi }: { strapi: Core.Strapi }
): NewsroomServices[Name] => strapi.plugin(PLUGIN_ID).service(name) as NewsroomServices[Name];
