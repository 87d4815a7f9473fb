/** Fault rules for reliability tests: which requests fail, and how; matched before routing. */
import { badRequest } from "./errors";
import { isPositiveInteger } from "./ratelimit";

export type FaultAction = "status" | "reset" | "delay" | "drop-response";

export interface FaultRule {
  /** Any method when omitted; compared case-insensitively. */
  method?: string;
  /** A RegExp source matched against the request's pathname (as sent, without the query). */
  path: string;
  /** 1-based: the Nth matching request is the first to trigger (default 1). */
  nth?: number;
  /** How many consecutive matching requests from the Nth on trigger (default 1). */
  times?: number;
  /**
   * `status`: answer `status` with `headers` and `body` without processing. `reset`: cut the connection
   * mid-request (or mid-answer when there is no body). `delay`: wait `delayMs`, then process.
   * `drop-response`: process, then cut the connection instead of answering.
   */
  action: FaultAction;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
}

export interface FaultRuleState extends FaultRule {
  id: string;
  /** Requests that matched method and path so far. */
  matched: number;
  /** Of those, the ones the fault was applied to. */
  triggered: number;
}

const ACTIONS: readonly FaultAction[] = ["status", "reset", "delay", "drop-response"];

interface ActiveRule {
  state: FaultRuleState;
  pattern: RegExp;
}

export function parseFaultRule(raw: unknown): FaultRule {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw badRequest("A fault rule is a JSON object");
  const input = raw as Record<string, unknown>;
  const fail = (message: string) => badRequest(`Invalid fault rule: ${message}`);
  const { method, path, nth, times, action, status, headers, body, delayMs } = input;
  if (typeof path !== "string") throw fail('"path" (a RegExp source) is required');
  compilePattern(path);
  if (!ACTIONS.includes(action as FaultAction)) throw fail(`"action" must be one of ${ACTIONS.join(", ")}`);
  if (method !== undefined && (typeof method !== "string" || method === "")) throw fail('"method" must be a string');
  if (nth !== undefined && !isPositiveInteger(nth)) throw fail('"nth" must be a positive integer');
  if (times !== undefined && !isPositiveInteger(times)) throw fail('"times" must be a positive integer');
  if (status !== undefined && !(Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599)) {
    throw fail('"status" must be an HTTP status from 200 to 599');
  }
  if (headers !== undefined && !isStringRecord(headers)) throw fail('"headers" must map names to strings');
  if (body !== undefined && typeof body !== "string") throw fail('"body" must be a string');
  if (action === "delay" && !(typeof delayMs === "number" && delayMs >= 0 && Number.isFinite(delayMs))) {
    throw fail('"delay" needs "delayMs", a non-negative number');
  }
  return {
    path,
    action: action as FaultAction,
    ...(method !== undefined && { method: method as string }),
    ...(nth !== undefined && { nth: nth as number }),
    ...(times !== undefined && { times: times as number }),
    ...(status !== undefined && { status: status as number }),
    ...(headers !== undefined && { headers: headers as Record<string, string> }),
    ...(body !== undefined && { body: body as string }),
    ...(delayMs !== undefined && { delayMs: delayMs as number }),
  };
}

function compilePattern(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw badRequest(`Invalid fault rule: "path" is not a valid RegExp: ${(error as Error).message}`);
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private nextId = 1;

  /** Adds one rule or an array of rules (all validated first); returns their ids in order. */
  add(input: unknown): string[] {
    const parsed = (Array.isArray(input) ? input : [input]).map(parseFaultRule);
    return parsed.map((rule) => {
      const id = String(this.nextId++);
      this.rules.push({ state: { id, ...rule, matched: 0, triggered: 0 }, pattern: compilePattern(rule.path) });
      return id;
    });
  }

  list(): FaultRuleState[] {
    return this.rules.map(({ state }) => ({ ...state }));
  }

  clear(): void {
    this.rules = [];
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.state.id !== id);
    return this.rules.length < before;
  }

  /** Counts the request against every rule it matches; the first rule whose turn it is applies. */
  match(method: string, pathname: string): FaultRule | undefined {
    let applied: FaultRule | undefined;
    for (const { state, pattern } of this.rules) {
      if (state.method !== undefined && state.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!pattern.test(pathname)) continue;
      state.matched += 1;
      const first = state.nth ?? 1;
      const inTurn = state.matched >= first && state.matched < first + (state.times ?? 1);
      if (inTurn && !applied) {
        state.triggered += 1;
        applied = state;
      }
    }
    return applied;
  }
}
