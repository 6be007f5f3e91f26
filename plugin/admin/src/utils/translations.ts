import { useIntl } from 'react-intl';

import en from '../translations/en.json';

export type MessageKey = keyof typeof en;

/** `t('newsroom.panel.title')`: the admin's current language, English as the fallback. */
export const useTranslate = () => {
  const { formatMessage } = useIntl();
  return (id: MessageKey, values?: Record<string, string | number>) =>
    formatMessage({ id, defaultMessage: en[id] }, values);
};

/** A key built at run time (a finding code) that may have no message: null then. */
export const knownKey = (id: string): MessageKey | null => (id in en ? (id as MessageKey) : null);
