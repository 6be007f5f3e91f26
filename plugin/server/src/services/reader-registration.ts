import type { Core } from '@strapi/strapi';

import { applyReaderRegistration } from '../platform/reader-registration';

const readerRegistration = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Called from the app's bootstrap: after users-permissions has written its default settings. */
  apply: () => applyReaderRegistration(strapi),
});

export default readerRegistration;
