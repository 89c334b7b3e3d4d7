/**
 * Test helpers: start an emulator on a free port and call it over real HTTP, reading answers
 * with the big-integer-safe parser so ids can be compared exactly.
 */
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js';
import { API_PREFIX } from './faults.js';
import { type JsonValue, parseJson } from './json.js';
import { TOKENS } from './seed.js';

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body (bigint for integers beyond 2^53); undefined when the body is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests walk TikTok's loosely typed answers freely.
  json: any;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    public token: string | undefined = TOKENS.MULTI,
  ) {}

  /** GET with arrays and objects JSON-encoded into the query string, as TikTok expects. */
  get(path: string, query: Record<string, unknown> = {}, init: RequestInit = {}): Promise<ApiResponse> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    const qs = params.toString();
    return this.send(`${path}${qs ? `?${qs}` : ''}`, { method: 'GET', ...init });
  }

  /** POST a JSON body; a string body is sent as is (for raw big integers or broken JSON). */
  post(path: string, body: unknown, init: RequestInit = {}): Promise<ApiResponse> {
    return this.send(path, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    });
  }

  async send(path: string, init: RequestInit): Promise<ApiResponse> {
    const headers = new Headers(init.headers);
    if (this.token !== undefined && !headers.has('Access-Token')) headers.set('Access-Token', this.token);
    if (init.body !== undefined && !headers.has('Content-Type'))
      headers.set('Content-Type', 'application/json');
    const url = path.startsWith('/__') ? `${this.baseUrl}${path}` : `${this.baseUrl}${API_PREFIX}${path}`;
    const response = await fetch(url, { ...init, headers });
    const text = await response.text();
    let json: JsonValue | undefined;
    try {
      json = parseJson(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }
}

export interface TestEmulator {
  emulator: Emulator;
  api: ApiClient;
  baseUrl: string;
}

/** An emulator with no QPS limit unless asked, listening on a free port. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = createEmulator({ qps: Number.POSITIVE_INFINITY, ...options });
  const baseUrl = await emulator.listen({ port: 0 });
  return { emulator, baseUrl, api: new ApiClient(baseUrl) };
}
