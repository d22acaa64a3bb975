import { isRecord as isObject } from '../../shared/json.js';
import { YotiOptionsError } from '../core/errors.js';
import { type IdvSessionSpec, validateIdvSpec } from './idv-spec.js';

/** The IDV session specification: Yoti's JSON (snake_case) or a SessionSpecificationBuilder result. */
export type IdvOption = IdvSessionSpec | object;

/** How much of an IDV session the person's browser may read. */
export type PublicDetail = 'outcome' | 'checks' | 'reasons';
export const PUBLIC_DETAILS: readonly PublicDetail[] = ['outcome', 'checks', 'reasons'];

/**
 * How much of an IDV session the person's browser may read, set on the `idv` option itself
 * (`idv: {...spec, publicDetail: 'outcome'}`; on a function, as its property): `outcome` (state and
 * outcome only), `checks` (default: each check's recommendation, no reasons) or `reasons` (with
 * reasons, result and failure reason: fraud signals included, so only when the page needs them).
 */
export interface IdvPublicDetail {
  publicDetail?: PublicDetail;
}

/** The IDV option as a function of the request: a fixed spec is checked once, a function's result each time. */
export function resolveIdv(
  idv: unknown,
  loopbackHttp: boolean,
): ((request: Request) => Promise<IdvSessionSpec>) | undefined {
  if (idv === undefined) return undefined;
  if (typeof idv === 'function') {
    return async (request) => validateIdvSpec(await idv(request), 'idv(request)', { loopbackHttp });
  }
  const { publicDetail: _detail, ...json } = isObject(idv) && typeof idv.toJSON !== 'function' ? idv : {};
  const spec = validateIdvSpec(isObject(idv) && typeof idv.toJSON === 'function' ? idv : json, 'idv', {
    loopbackHttp,
  });
  return async () => spec;
}

/** `idv.publicDetail`: one of the levels, `checks` when not given. */
export function resolvePublicDetail(idv: unknown): PublicDetail {
  const detail =
    isObject(idv) || typeof idv === 'function' ? (idv as IdvPublicDetail).publicDetail : undefined;
  if (detail === undefined) return 'checks';
  if (!PUBLIC_DETAILS.includes(detail)) {
    throw new YotiOptionsError('idv.publicDetail', `should be one of ${PUBLIC_DETAILS.join(', ')}`);
  }
  return detail;
}
