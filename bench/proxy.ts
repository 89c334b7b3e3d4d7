/**
 * The baseline of the throughput benchmark: a bare Fastify server that forwards a TikTok
 * `/adgroup/create/` body to the same emulator endpoint, with no auth, validation, quota,
 * idempotency or logging. Prints its URL on stdout.
 */
import Fastify from 'fastify';
import { request } from 'undici';

const target = process.argv[2];
const token = process.argv[3];
if (!target || !token) throw new Error('usage: proxy.ts <emulator base url> <access token>');

const app = Fastify({ logger: false });
app.post('/proxy', async (req, reply) => {
  const upstream = await request(`${target}/open_api/v1.3/adgroup/create/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'access-token': token },
    body: JSON.stringify(req.body),
  });
  reply.code(upstream.statusCode).type('application/json');
  return upstream.body.text();
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`proxy listening on ${url}\n`);
