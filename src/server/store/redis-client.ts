/** node-redis, an optional peer dependency of yoti-elements/server/redis, loaded once. */
import type * as Redis from 'redis';
import { loadPeer } from '../core/peer.js';

const redis = await loadPeer<typeof Redis>('redis', '^6.0.0', 'yoti-elements/server/redis');
export const { createClient, createCluster, createSentinel, defineScript } = redis;
