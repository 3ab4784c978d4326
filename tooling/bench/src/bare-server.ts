import Fastify from 'fastify';
import pg from 'pg';

/**
 * Baseline B of P1 (quality.md): the same primary-key SELECT of a dossier row as ketnoi's read,
 * on a bare Fastify route with a `pg` Pool — no session, no authorisation, no tRPC. Also case C,
 * a constant small JSON, to show what Fastify alone costs on this machine.
 * Run as a child process by the bench: DATABASE_URL, PORT, BARE_POOL_MAX (ketnoi's pool is 10).
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('bare-server: DATABASE_URL is required');
const port = Number(process.env.PORT ?? 3900);
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BARE_POOL_MAX ?? 10) });
pool.on('error', () => undefined);

const app = Fastify({ logger: false });
const constant = { status: 'ok', service: 'bare' };

app.get('/constant', async () => constant);

app.get<{ Params: { id: string } }>('/dossiers/:id', async (req, reply) => {
  const { rows } = await pool.query('SELECT * FROM dossiers WHERE id = $1', [req.params.id]);
  if (rows.length === 0) return reply.code(404).send({ error: 'NOT_FOUND' });
  return rows[0];
});

const shutdown = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port, host: '127.0.0.1' });
