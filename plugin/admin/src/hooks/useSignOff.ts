import type { SignOffRequest } from '../../../shared/contracts/attributions';
import { useSignOffMutation } from '../services/api';

/** Saves a sign-off; resolves with it, or rejects with the server's error. */
export const useSignOff = () => {
  const [signOff] = useSignOffMutation();
  return (request: SignOffRequest) => signOff(request).unwrap();
};
