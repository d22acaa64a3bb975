// A real Redis for the tests that need one (scripts/redis.mjs, shared with the bench).
export { startRedis, type TestRedis } from '../../scripts/redis.mjs';
