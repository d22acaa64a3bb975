import { ApiError } from '../errors.js';

/** The helper failed on the host's side (a configure, idv or caller function): told to the host, not the browser. */
export class HostCodeError extends Error {
  override name = 'HostCodeError';
}

/** A flow the host did not configure: 404 naming the option. */
export function notConfigured(flow: 'share' | 'idv'): never {
  throw new ApiError(
    404,
    `${flow}_not_configured`,
    `The ${flow === 'share' ? 'Digital ID share' : 'IDV'} flow is not configured on this server (option \`${flow}\`).`,
    undefined,
    false,
  );
}
