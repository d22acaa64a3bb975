import { type Actor, PERMISSIONS, type Permission } from '../../shared/back-office.js';
import { AdminUnauthenticated, ApiError, type ErrorReporter, unexpected } from '../core/errors.js';
import type { Staff } from '../http/router.js';
import type { AdminOptions, StaffIdentity } from '../options/admin-options.js';

const isIdentity = (value: unknown): value is StaffIdentity =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StaffIdentity).id === 'string' &&
  (value as StaffIdentity).id !== '' &&
  (value as StaffIdentity).id.length <= 200;

/** Who did something, as the audit keeps it: an ID (with the name, when there is one). */
export function actorOf(who: string | StaffIdentity): Actor {
  if (typeof who === 'string') return { by: who };
  const name = typeof who.name === 'string' ? who.name.trim().slice(0, 200) : '';
  return { by: who.id, ...(name ? { byName: name } : {}) };
}

/**
 * The host's `authorize` as the router asks it: the staff member and what they may do (`view`
 * when the host names nothing), 401 / 403 when nobody or nobody allowed, and a 500 (told to
 * `onError`) when the host's answer cannot be read: a permission it names that does not exist is
 * refused, never taken as granted.
 */
export function staffAuthorizer(authorize: AdminOptions['authorize'], report: ErrorReporter) {
  return async (request: Request): Promise<Staff> => {
    let staff: unknown;
    try {
      staff = await authorize(request);
    } catch (error) {
      if (error instanceof AdminUnauthenticated) {
        throw new ApiError(401, 'admin_unauthenticated', error.message, { retryable: false });
      }
      report(error, { source: 'host', where: 'admin.authorize(request)' });
      throw unexpected();
    }
    if (staff === null || staff === undefined || staff === false) {
      throw new ApiError(403, 'admin_forbidden', 'You do not have access to the back office.', {
        retryable: false,
      });
    }
    if (!isIdentity(staff)) {
      report(new TypeError('admin.authorize(request) should return {id, name?, permissions?} or null'), {
        source: 'host',
      });
      throw unexpected();
    }
    const permissions = staff.permissions ?? ['view'];
    const unknown = Array.isArray(permissions)
      ? permissions.find((name) => !PERMISSIONS.includes(name as Permission))
      : permissions;
    if (unknown !== undefined) {
      report(
        new TypeError(
          `admin.authorize(request) named the permission ${JSON.stringify(unknown)}: permissions are ${PERMISSIONS.join(', ')}`,
        ),
        { source: 'host', where: 'admin.authorize(request)' },
      );
      throw unexpected();
    }
    const { byName } = actorOf(staff);
    return { id: staff.id, ...(byName ? { name: byName } : {}), permissions: [...new Set(permissions)] };
  };
}
