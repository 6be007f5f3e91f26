import { Quotes } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { AttributionsPanel } from './components/AttributionsPanel';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: 'Newsroom',
    });

    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Quotes,
      intlLabel: { id: `${PLUGIN_ID}.page.title`, defaultMessage: 'Attributions' },
      permissions: PERMISSIONS.readAttributionsPage,
      Component: () => import('./pages/App'),
    });

    const contentManager = app.getPlugin('content-manager')?.apis;
    if (typeof contentManager?.addEditViewSidePanel === 'function') {
      contentManager.addEditViewSidePanel([AttributionsPanel]);
    }
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        if (locale !== 'en') return { data: {}, locale };
        const { default: data } = await import('./translations/en.json');
        return { data, locale };
      })
    );
  },
};
