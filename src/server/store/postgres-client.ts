/** node-postgres, an optional peer dependency of yoti-elements/server/postgres, loaded once. */
import type * as Pg from 'pg';
import { loadPeer } from '../core/peer.js';

const pg = await loadPeer<typeof Pg>('pg', '^8.0.0', 'yoti-elements/server/postgres');
export const { Pool } = pg;
