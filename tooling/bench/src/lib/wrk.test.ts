import { describe, expect, it } from 'vitest';
import { parseWrkOutput, wrkTimeToMs } from './wrk.ts';

// Real output of wrk 4.1.0 (Debian) on this machine, captured against small local servers.
const OK = "Running 2s test @ http://127.0.0.1:45999/\n  2 threads and 50 connections\n  Thread Stats   Avg      Stdev     Max   +/- Stdev\n    Latency     3.80ms    9.97ms 139.60ms   96.70%\n    Req/Sec    11.62k     4.26k   18.58k    80.00%\n  Latency Distribution\n     50%    2.02ms\n     75%    2.33ms\n     90%    4.38ms\n     99%   62.18ms\n  46282 requests in 2.01s, 7.50MB read\nRequests/sec:  23050.65\nTransfer/sec:      3.74MB\n";
const ALL_404 = "Running 1s test @ http://127.0.0.1:45999/missing\n  2 threads and 20 connections\n  Thread Stats   Avg      Stdev     Max   +/- Stdev\n    Latency     0.99ms    1.02ms  17.95ms   90.22%\n    Req/Sec    12.39k     3.03k   17.39k    60.00%\n  Latency Distribution\n     50%  688.00us\n     75%    0.98ms\n     90%    1.97ms\n     99%    5.01ms\n  24638 requests in 1.00s, 3.83MB read\n  Non-2xx or 3xx responses: 24638\nRequests/sec:  24578.77\nTransfer/sec:      3.82MB\n";
/** A server answering after 1.5 s: latencies in seconds, with trailing spaces. */
const SLOW = "Running 3s test @ http://127.0.0.1:45998/\n  1 threads and 10 connections\n  Thread Stats   Avg      Stdev     Max   +/- Stdev\n    Latency     1.51s     1.48ms   1.51s    70.00%\n    Req/Sec    45.00     63.64    90.00    100.00%\n  Latency Distribution\n     50%    1.51s \n     75%    1.51s \n     90%    1.51s \n     99%    1.51s \n  10 requests in 3.01s, 1.21KB read\nRequests/sec:      3.32\nTransfer/sec:     411.49B\n";
/** Every request timed out (--timeout 1s against a 1.5 s server). */
const TIMEOUTS = "Running 2s test @ http://127.0.0.1:45998/\n  1 threads and 10 connections\n  Thread Stats   Avg      Stdev     Max   +/- Stdev\n    Latency     0.00us    0.00us   0.00us    -nan%\n    Req/Sec     6.00      0.00     6.00    100.00%\n  Latency Distribution\n     50%    0.00us\n     75%    0.00us\n     90%    0.00us\n     99%    0.00us\n  10 requests in 2.02s, 1.21KB read\n  Socket errors: connect 0, read 0, write 0, timeout 10\nRequests/sec:      4.94\nTransfer/sec:     612.94B\n";

describe('parseWrkOutput', () => {
  it('reads req/s, totals and the latency distribution', () => {
    const r = parseWrkOutput(OK);
    expect(r.requestsPerSecond).toBe(23050.65);
    expect(r.requests).toBe(46282);
    expect(r.durationSeconds).toBeCloseTo(2.01, 5);
    expect(r.latencyMs).toEqual({ p50: 2.02, p75: 2.33, p90: 4.38, p99: 62.18 });
    expect(r.non2xx).toBe(0);
    expect(r.socketErrors).toBe(0);
  });

  it('converts microseconds and counts non-2xx answers', () => {
    const r = parseWrkOutput(ALL_404);
    expect(r.latencyMs.p50).toBeCloseTo(0.688, 9);
    expect(r.latencyMs.p75).toBeCloseTo(0.98, 9);
    expect(r.non2xx).toBe(24638);
  });

  it('converts seconds despite trailing spaces', () => {
    const r = parseWrkOutput(SLOW);
    expect(r.latencyMs.p50).toBeCloseTo(1510, 6);
    expect(r.latencyMs.p99).toBeCloseTo(1510, 6);
    expect(r.requestsPerSecond).toBe(3.32);
  });

  it('sums socket errors', () => {
    expect(parseWrkOutput(TIMEOUTS).socketErrors).toBe(10);
  });

  it('refuses output without --latency', () => {
    const withoutDistribution = OK.replace(/  Latency Distribution[\s\S]*?(?=  \d+ requests)/, '');
    expect(() => parseWrkOutput(withoutDistribution)).toThrow(/Latency Distribution/);
  });

  it('refuses output without a Requests/sec line', () => {
    expect(() => parseWrkOutput(OK.replace(/Requests\/sec:.*\n/, ''))).toThrow(/Requests\/sec/);
  });
});

describe('wrkTimeToMs', () => {
  it.each([
    ['812.00us', 0.812],
    ['1.53ms', 1.53],
    ['2.01s', 2010],
    ['1.00m', 60000],
  ])('%s is %f ms', (text, ms) => {
    expect(wrkTimeToMs(text)).toBeCloseTo(ms, 9);
  });

  it('refuses an unknown unit', () => {
    expect(() => wrkTimeToMs('3.0ks')).toThrow(/unreadable/);
  });
});
