/**
 * The Redis store's steps that must happen at once (Lua, sent once and then run by SHA: node-redis's
 * defineScript). Each touches the keys of one session only, all sharing its hash tag, so that on a
 * Redis Cluster each runs on the one node that owns them (a script over keys of two slots fails
 * with CROSSSLOT there).
 */
import type { CommandParser } from 'redis';
import { defineScript } from './redis-client.js';

const keyThenArgs = (parser: CommandParser, key: string, args: string[]) => {
  parser.pushKey(key);
  parser.push(...args);
};
const keysThenArgs = (parser: CommandParser, keys: string[], args: string[]) => {
  parser.pushKeys(keys);
  parser.push(...args);
};

/**
 * Appends a state to a session's log (a Redis Stream) when it is new and not behind the latest (a
 * late or duplicate read changes nothing), keeps the log to its length and life, and tells the
 * session's followers on its own shard channel (SPUBLISH): the message names the entry before it
 * (`prev`), so that a follower that missed one reads the log instead of skipping it.
 * ARGV: data, progress, terminal ('1' or '0'), log length, ttl seconds, channel.
 */
export const publishState = defineScript({
  NUMBER_OF_KEYS: 1,
  SCRIPT: `
local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
local prev = ''
if #last > 0 then
  prev = last[1][1]
  local fields = last[1][2]
  local data, progress, terminal
  for i = 1, #fields, 2 do
    if fields[i] == 'data' then data = fields[i + 1]
    elseif fields[i] == 'progress' then progress = tonumber(fields[i + 1])
    elseif fields[i] == 'terminal' then terminal = fields[i + 1] end
  end
  if terminal == '1' or tonumber(ARGV[2]) < progress or data == ARGV[1] then return false end
end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', 'data', ARGV[1], 'progress', ARGV[2], 'terminal', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('SPUBLISH', ARGV[6], cjson.encode({ id = id, prev = prev, data = ARGV[1], terminal = ARGV[3] }))
return id`,
  parseCommand: keyThenArgs,
  transformReply: (reply: unknown) => (typeof reply === 'string' ? reply : null),
});

/** Counts one hit in a fixed window that starts with the first; resolves [count, seconds left]. ARGV: window seconds. */
export const countHit = defineScript({
  NUMBER_OF_KEYS: 1,
  SCRIPT: `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return { count, ttl }`,
  parseCommand: keyThenArgs,
  transformReply: (reply: unknown) => reply as [number, number],
});

/**
 * Replaces a record (KEYS[1], a hash) and its audit (KEYS[2], a list): resolves the fields the
 * old one's index entries are made of (empty when there was none). ARGV: the audit entries' count,
 * the entries, then field / value pairs.
 */
export const putRecord = defineScript({
  NUMBER_OF_KEYS: 2,
  SCRIPT: `
local old = redis.call('HMGET', KEYS[1], 'createdAt', 'name', 'email', 'linkId', 'completedAt', 'mediaDeleted')
redis.call('DEL', KEYS[1], KEYS[2])
local entries = tonumber(ARGV[1])
for i = 2, entries + 1 do redis.call('RPUSH', KEYS[2], ARGV[i]) end
for i = entries + 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
return old`,
  parseCommand: keysThenArgs,
  transformReply: (reply: unknown) => reply as Array<string | null>,
});

/**
 * Changes a record's fields and appends to its audit when the record exists, in one step (so that a
 * change racing a deletion cannot bring back half a record); resolves the fields its index entries
 * were made of before, the record and its audit after, or nothing when there is no record. ARGV: the audit entry ('' for none), then field /
 * value pairs, each value JSON ('' removes the field).
 */
export const updateRecord = defineScript({
  NUMBER_OF_KEYS: 2,
  SCRIPT: `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local old = redis.call('HMGET', KEYS[1], 'createdAt', 'name', 'email', 'linkId', 'completedAt', 'mediaDeleted')
if ARGV[1] ~= '' then redis.call('RPUSH', KEYS[2], ARGV[1]) end
for i = 2, #ARGV, 2 do
  if ARGV[i + 1] == '' then redis.call('HDEL', KEYS[1], ARGV[i]) else redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return { old, redis.call('HGETALL', KEYS[1]), redis.call('LRANGE', KEYS[2], 0, -1) }`,
  parseCommand: keysThenArgs,
  transformReply: (reply: unknown) =>
    Array.isArray(reply) ? (reply as [Array<string | null>, string[], string[]]) : null,
});

/** Deletes a record and its audit; resolves the fields its index entries were made of (empty: none). */
export const deleteRecord = defineScript({
  NUMBER_OF_KEYS: 2,
  SCRIPT: `
local old = redis.call('HMGET', KEYS[1], 'createdAt', 'name', 'email', 'linkId', 'completedAt', 'mediaDeleted')
redis.call('DEL', KEYS[1], KEYS[2])
return old`,
  parseCommand: keysThenArgs,
  transformReply: (reply: unknown) => reply as Array<string | null>,
});

/**
 * Brings the records' indexes up to date for one record: removes its old members and adds its new
 * ones. KEYS: the five indexes (by time, unnamed, media, names, emails: one hash tag, so one node
 * holds them all). Idempotent, so that a retry or a repair can run it again. ARGV: the count of
 * removals, then (index number, member) pairs to remove, then (index number, member) pairs to add.
 */
export const reindexRecord = defineScript({
  NUMBER_OF_KEYS: 5,
  SCRIPT: `
local removals = tonumber(ARGV[1])
for i = 2, removals * 2, 2 do redis.call('ZREM', KEYS[tonumber(ARGV[i])], ARGV[i + 1]) end
for i = removals * 2 + 2, #ARGV, 2 do redis.call('ZADD', KEYS[tonumber(ARGV[i])], 0, ARGV[i + 1]) end
return 1`,
  parseCommand: keysThenArgs,
  transformReply: (reply: unknown) => reply === 1,
});

export const scripts = { publishState, countHit, putRecord, updateRecord, deleteRecord, reindexRecord };
