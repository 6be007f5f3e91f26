import { useFetchClient } from '@strapi/strapi/admin';

import type { SignOffRequest, SignOffResponse } from '../../../shared/contracts/attributions';

export const useSignOff = () => {
  const { put } = useFetchClient();
  return async (request: SignOffRequest) => (await put<SignOffResponse>('/newsroom/sign-offs', request)).data.data;
};
