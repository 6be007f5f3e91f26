import * as React from 'react';

import { useNotification } from '@strapi/strapi/admin';

import { apiErrorMessage } from '../utils/api-error';

interface Messages {
  success: string;
  failure(apiMessage: string): string;
}

/**
 * Runs a dialog's action while `pending`, then tells the editor how it went. Resolves true when
 * the action succeeded, so the dialog can close.
 */
export const useNotifiedSubmit = ({ success, failure }: Messages) => {
  const { toggleNotification } = useNotification();
  const [pending, setPending] = React.useState(false);

  const submit = async (action: () => Promise<unknown>): Promise<boolean> => {
    setPending(true);
    try {
      await action();
      toggleNotification({ type: 'success', message: success });
      return true;
    } catch (error) {
      toggleNotification({ type: 'danger', message: failure(apiErrorMessage(error)) });
      return false;
    } finally {
      setPending(false);
    }
  };

  return { pending, submit };
};
