import { HelperRequestError } from '../core/helper-error.js';
import { getMe, type StaffMember } from './admin-api.js';

/** Who is signed in at each endpoint, asked once per page (every admin element reads it). */
const signedIn = new Map<string, Promise<StaffMember | undefined>>();

/**
 * The staff member signed in at `endpoint` and what they may do. A helper without the route (an
 * older one: 404) gives undefined; a failure is not kept, so the next element asks again.
 */
export function staffAt(endpoint: string): Promise<StaffMember | undefined> {
  let known = signedIn.get(endpoint);
  if (!known) {
    known = getMe(endpoint).catch((error: unknown) => {
      signedIn.delete(endpoint);
      if (error instanceof HelperRequestError && error.status === 404) return undefined;
      throw error;
    });
    signedIn.set(endpoint, known);
  }
  return known;
}
