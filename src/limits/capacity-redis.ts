/**
 * The TikTok capacity state in Redis, shared by every instance: the rules of capacity-store.ts in
 * one Lua script, so each decision is one atomic round trip. Time comes from the caller (epoch
 * milliseconds), which keeps the script testable with an injected clock; in service, the caller's
 * time is Redis's own clock (redis-clock.ts), so that instances' skews do not shift their sends.
 */
import type { Redis } from 'ioredis';
import type { CapacityAnswer, CapacityParams, CapacityStore, EnqueueRequest } from './capacity-store.js';
import { scriptCommand, sharedLimitsUnavailable } from './redis-scripts.js';

const SCRIPT = `
local slotsKey, queueKey, expKey, stateKey, tagsKey = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local mode = ARGV[1]
local now = tonumber(ARGV[2])
local ticket, org, weight, maxWait = ARGV[3], ARGV[4], tonumber(ARGV[5]), tonumber(ARGV[6])
local base, window, horizon = tonumber(ARGV[7]), tonumber(ARGV[8]) + tonumber(ARGV[9]), tonumber(ARGV[10])
local ttl, minPoll, maxPoll = tonumber(ARGV[11]), tonumber(ARGV[12]), tonumber(ARGV[13])
local decrease, recover = tonumber(ARGV[14]), tonumber(ARGV[15])
local keep = 60000

local function fmt(x) return string.format('%.17g', x) end
local function touch()
  for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, keep) end
end

if mode == 'cancel' then
  redis.call('ZREM', queueKey, ticket)
  redis.call('ZREM', expKey, ticket)
  return {0, 0}
end

if mode == 'late' then
  local slot = tonumber(ARGV[3])
  local raw = redis.call('LRANGE', slotsKey, 0, -1)
  local list, closest, best = {}, nil, 2
  for i, s in ipairs(raw) do
    list[i] = tonumber(s)
    local distance = math.abs(list[i] - slot)
    if distance <= best then closest, best = i, distance end
  end
  if closest and now > list[closest] then
    list[closest] = now
    table.sort(list)
    redis.call('DEL', slotsKey)
    for _, s in ipairs(list) do redis.call('RPUSH', slotsKey, fmt(s)) end
    touch()
  end
  return {0, 0}
end

local state = redis.call('HMGET', stateKey, 'v', 'f', 'fa', 'sa')
local v = tonumber(state[1]) or 0
local factor = tonumber(state[2]) or 1
local factorAt = tonumber(state[3]) or now
local slowedAt = tonumber(state[4]) or -1e18
if now > factorAt then
  factor = math.min(1, factor + recover * (now - factorAt) / 1000)
  factorAt = now
end
local function save()
  redis.call('HSET', stateKey, 'v', fmt(v), 'f', fmt(factor), 'fa', fmt(factorAt), 'sa', fmt(slowedAt))
  touch()
end

if mode == 'slow' then
  if now - slowedAt >= tonumber(ARGV[8]) then
    slowedAt = now
    factor = math.max(1 / base, factor * decrease)
  end
  save()
  return {0, 0}
end

local limit = math.max(1, math.floor(base * factor + 1e-9))
local dead = redis.call('ZRANGEBYSCORE', expKey, '-inf', now)
for _, gone in ipairs(dead) do
  redis.call('ZREM', queueKey, gone)
  redis.call('ZREM', expKey, gone)
end

-- When the call at this rank would send: evenly spaced sends (GCRA with no burst), never closer
-- than a window to the send limit before it in the log (capacity-store.ts says why).
local count = redis.call('LLEN', slotsKey)
local last = tonumber(redis.call('LINDEX', slotsKey, -1))
local interval = window / limit
local function slotAt(rank)
  local slot = now
  if last and last + interval > slot then slot = last + interval end
  local before = count - limit
  if before >= 0 then
    local spaced = tonumber(redis.call('LINDEX', slotsKey, before)) + window
    if spaced > slot then slot = spaced end
  end
  return slot + rank * interval
end

local function grant(start)
  local slot = slotAt(0)
  redis.call('RPUSH', slotsKey, fmt(slot))
  redis.call('LTRIM', slotsKey, -base, -1)
  if start > v then v = start end
  if redis.call('ZCARD', queueKey) == 0 then redis.call('DEL', tagsKey) end
  save()
  return {1, math.ceil(slot - now)}
end
local function retryIn(wait)
  return math.ceil(math.min(maxPoll, math.max(minPoll, wait - horizon * 3 / 4)))
end

if mode == 'enqueue' then
  local start = math.max(v, tonumber(redis.call('HGET', tagsKey, org)) or 0)
  local rank = redis.call('ZCOUNT', queueKey, '-inf', fmt(start))
  local wait = slotAt(rank) - now
  if wait <= horizon then
    redis.call('HSET', tagsKey, org, fmt(start + 1 / weight))
    return grant(start)
  end
  if wait > maxWait then
    save()
    return {2, math.ceil(wait)}
  end
  redis.call('HSET', tagsKey, org, fmt(start + 1 / weight))
  redis.call('ZADD', queueKey, fmt(start), ticket)
  redis.call('ZADD', expKey, fmt(now + ttl), ticket)
  save()
  return {0, retryIn(wait)}
end

-- poll
local start = redis.call('ZSCORE', queueKey, ticket)
if not start then
  save()
  return {3, 0}
end
local rank = redis.call('ZRANK', queueKey, ticket)
local wait = slotAt(rank) - now
if wait <= horizon then
  redis.call('ZREM', queueKey, ticket)
  redis.call('ZREM', expKey, ticket)
  return grant(tonumber(start))
end
if wait > maxWait then
  redis.call('ZREM', queueKey, ticket)
  redis.call('ZREM', expKey, ticket)
  save()
  return {2, math.ceil(wait)}
end
redis.call('ZADD', expKey, fmt(now + ttl), ticket)
save()
return {0, retryIn(wait)}
`;

type ScriptReply = [number, number];

type ScriptCommand = (...args: Array<string | number>) => Promise<ScriptReply>;

function answer([kind, value]: ScriptReply): CapacityAnswer {
  switch (kind) {
    case 1:
      return { kind: 'granted', waitMs: value };
    case 0:
      return { kind: 'queued', retryInMs: value };
    case 2:
      return { kind: 'refused', waitMs: value };
    default:
      return { kind: 'lost' };
  }
}

export class RedisCapacityStore implements CapacityStore {
  private readonly keys: string[];
  private readonly script: ScriptCommand;

  /** `scope` names the budget (the TikTok app id): instances of one app share it. */
  constructor(
    redis: Redis,
    prefix: string,
    scope: string,
    private readonly params: CapacityParams,
  ) {
    this.script = scriptCommand<ScriptCommand>(redis, 'adgateCapacity', 5, SCRIPT);
    const base = `${prefix}tiktok:${scope}:`;
    this.keys = ['slots', 'queue', 'expiry', 'state', 'tags'].map((name) => base + name);
  }

  private async run(mode: string, now: number, ticket = '', org = '', weight = 1, maxWait = 0) {
    const p = this.params;
    // Lua reads numbers with tonumber, which knows no Infinity.
    const bound = Math.min(Math.max(0, maxWait), 1e12);
    return this.script(
      ...this.keys,
      mode,
      now,
      ticket,
      org,
      weight,
      bound,
      p.limit,
      p.windowMs,
      p.marginMs,
      p.horizonMs,
      p.ticketTtlMs,
      p.minPollMs,
      p.maxPollMs,
      p.decrease,
      p.recoverPerSecond,
    ).catch((error: unknown) => {
      throw sharedLimitsUnavailable(error);
    });
  }

  async enqueue(request: EnqueueRequest): Promise<CapacityAnswer> {
    const { ticket, organization, weight, now, maxWaitMs } = request;
    return answer(await this.run('enqueue', now, ticket, organization, weight, maxWaitMs));
  }

  async poll(ticket: string, now: number, maxWaitMs: number): Promise<CapacityAnswer> {
    return answer(await this.run('poll', now, ticket, '', 1, maxWaitMs));
  }

  async cancel(ticket: string): Promise<void> {
    await this.run('cancel', 0, ticket);
  }

  async slowDown(now: number): Promise<void> {
    await this.run('slow', now);
  }

  async late(slot: number, sentAt: number): Promise<void> {
    await this.run('late', sentAt, String(slot));
  }

  async close(): Promise<void> {}
}
