/**
 * The `yoti` SDK, an optional peer dependency (a front-end install of yoti-elements does not bring
 * it), loaded once for the whole server entry.
 */
import type Yoti from 'yoti';
import { loadPeer } from './peer.js';

const sdk = await loadPeer<{ default: typeof Yoti }>('yoti', '^4.13.2', 'yoti-elements/server');
export default sdk.default;
