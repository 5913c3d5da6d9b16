import http from "node:http";
import { percentiles } from "./percentiles";

// The bench's crowd: signed-in users who each think about a second between requests, one request
// in five a save of the month's figures, the others pages and the API, for a minute. Every answer
// other than 2xx (a 409 included: each user saves their own cell) counts as an error.

export interface LoadUser {
  /** The session cookie of a signed-in user (pages). */
  cookie: string;
  /** An API token of the same user. */
  token: string;
  /** The organisation code and the cell this user saves. */
  org: string;
  indicator: string;
  period: string;
  /** A plausible figure of the cell: the saves stay within the checks' ranges around it. */
  value: number;
}

export interface LoadResult {
  requests: number;
  reads: number;
  writes: number;
  errors: number;
  /** Status (or network error) → count, for the errors. */
  errorKinds: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface Call {
  method: "GET" | "PUT";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function send(base: string, agent: http.Agent, call: Call): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      base + call.path,
      { method: call.method, agent, headers: call.headers },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(call.body);
  });
}

/** What a user does next: a save one time in five, else one of the pages and API reads a director opens. */
function nextCall(user: LoadUser, writeShare: number, step: number, base: string): { call: Call; write: boolean } {
  if (Math.random() < writeShare) {
    const body = JSON.stringify({
      org: user.org,
      period: user.period,
      values: [{ indicator: user.indicator, value: user.value + (step % 5) }],
    });
    return {
      write: true,
      call: {
        method: "PUT",
        path: "/api/v1/values",
        headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json", origin: base },
        body,
      },
    };
  }
  const api = { authorization: `Bearer ${user.token}` };
  const reads: Call[] = [
    { method: "GET", path: "/?period=2025-Q4", headers: { cookie: user.cookie } },
    {
      method: "GET",
      path: `/api/v1/series?org=${user.org}&indicator=ps.dossiers_online_rate&from=2024-01&to=2025-12&grain=month`,
      headers: api,
    },
    {
      method: "GET",
      path: `/api/v1/aggregate?org=${user.org}&period=2025-Q4&indicators=tel.bts,ps.dossiers_received,ps.dossiers_online`,
      headers: api,
    },
    { method: "GET", path: `/api/v1/values?org=${user.org}&period=${user.period}&field=telecom`, headers: api },
  ];
  return { write: false, call: reads[step % reads.length] };
}

/** Runs the crowd for durationMs; each user waits thinkMs (± half) between its requests. */
export async function runLoad({
  base,
  users,
  durationMs = 60_000,
  thinkMs = 1000,
  writeShare = 0.2,
}: {
  base: string;
  users: LoadUser[];
  durationMs?: number;
  thinkMs?: number;
  writeShare?: number;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: users.length });
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  let reads = 0;
  let writes = 0;
  const end = Date.now() + durationMs;
  const think = () => new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));

  await Promise.all(
    users.map(async (user, index) => {
      await new Promise((resolve) => setTimeout(resolve, (thinkMs * index) / users.length)); // arrivals spread over the first second
      for (let step = index; Date.now() < end; step++) {
        const { call, write } = nextCall(user, writeShare, step, base);
        const started = performance.now();
        const status = await send(base, agent, call).catch((error: Error) => error.message);
        latencies.push(performance.now() - started);
        if (write) writes++;
        else reads++;
        if (typeof status !== "number" || status < 200 || status >= 300)
          errorKinds[`${call.method} ${call.path.split("?")[0]} ${status}`] =
            (errorKinds[`${call.method} ${call.path.split("?")[0]} ${status}`] ?? 0) + 1;
        await think();
      }
    }),
  );
  agent.destroy();
  const at = percentiles(latencies);
  return {
    requests: latencies.length,
    reads,
    writes,
    errors: Object.values(errorKinds).reduce((sum, n) => sum + n, 0),
    errorKinds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: at(100),
  };
}
