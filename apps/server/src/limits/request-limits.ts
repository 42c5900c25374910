import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { FragmentDefinitionNode } from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import { DomainError } from '../common/errors.js';
import type { RateLimitSettings } from '../config/config.js';
import type { Context } from '../graphql/context.js';
import type { Message } from '../i18n/messages.js';
import type { Viewer } from '../scope/viewer.js';
import type { BudgetLedger, Tally } from './budget-ledger.js';
import type { LimitStore } from './limit-store.js';
import { limitsMessages as m } from './limits.messages.js';
import { queryCost } from './query-cost.js';

/** The error code of a request over its budget (architecture.md lists the others). */
export const RATE_LIMITED = 'RATE_LIMITED';
/** The error code of one query costlier than any query may be. */
export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';

/** One budget's state after a request, as `extensions.rateLimit` shows it. */
export interface BudgetState {
  limit: number;
  remaining: number;
  /** When the window ends and the budget is whole again (ISO instant). */
  resetAt: string;
}

/** What every limited answer carries in `extensions.rateLimit`. */
export interface RateLimitState {
  /** What this query cost (0 when it was refused before its cost was counted). */
  cost: number;
  /** The most one query may cost. */
  maxQueryCost: number;
  windowSeconds: number;
  requests: BudgetState;
  costBudget: BudgetState;
}

/**
 * Fair limits per API token and per signed-in session: a number of requests and a query cost
 * (limits/query-cost.ts, computed before the query runs) per window, each counted under the
 * credential's own key in memory and in PostgreSQL (limits/budget-ledger.ts), so one partner's
 * heavy use costs no one else anything, every server replica counts the same requests, and a
 * counter tells its owner only about their own requests. Tokens take the limits an admin set on
 * them, else the configured defaults; the public (no credential) is not budgeted here. Every
 * limited answer carries the budgets' state in `extensions.rateLimit` and in `RateLimit-*` headers;
 * a request over a budget is refused before it runs with HTTP 429, RATE_LIMITED and `Retry-After`,
 * and a query costing more than any query may, whoever asks (the public too), is refused with 400,
 * QUERY_TOO_COSTLY. Requests that fail to parse or validate are not counted.
 */
export class RequestLimits {
  private constructor(
    private readonly settings: RateLimitSettings,
    private readonly requests: BudgetLedger,
    private readonly cost: BudgetLedger,
  ) {}

  static async start(store: LimitStore, settings: RateLimitSettings): Promise<RequestLimits> {
    const requests = await store.ledger('api-requests', settings.windowSeconds);
    const cost = await store.ledger('api-cost', settings.windowSeconds);
    return new RequestLimits(settings, requests, cost);
  }

  /** Writes the counts not yet written; the server is stopping. */
  async close(): Promise<void> {
    await Promise.all([this.requests.close(), this.cost.close()]);
  }

  /** The limits a viewer's credential has; null for the public and the system. */
  limitsOf(viewer: Viewer): { key: string; requests: number; cost: number } | null {
    const { credential } = viewer;
    if (!credential || (viewer.via !== 'token' && viewer.via !== 'session')) return null;
    const defaults = viewer.via === 'token' ? this.settings.token : this.settings.session;
    return {
      key: `${viewer.via}:${credential.id}`,
      requests: credential.requestLimit ?? defaults.requests,
      cost: credential.costLimit ?? defaults.cost,
    };
  }

  plugin(): ApolloServerPlugin<Context> {
    const limits = this;
    return {
      async requestDidStart() {
        let state: RateLimitState | null = null;
        return {
          async didResolveOperation(request) {
            try {
              state = await limits.charge(request);
            } catch (error) {
              if (error instanceof LimitRefusal) state = error.state;
              throw error;
            }
          },
          async willSendResponse({ response, contextValue }) {
            state ??= await limits.current(contextValue.viewer);
            if (!state) return;
            for (const [name, value] of headersOf(state, limits.settings)) {
              response.http.headers.set(name, value);
            }
            if (response.body.kind === 'single') {
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                rateLimit: state,
              };
            }
          },
        };
      },
    };
  }

  /**
   * Counts the request, then its cost, before it runs; throws the refusal when either is over.
   * A refused query's cost is given back: only what ran is charged.
   */
  private async charge(request: GraphQLRequestContext<Context>): Promise<RateLimitState | null> {
    if (!request.operation || !request.document) return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of request.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments[definition.name.value] = definition;
      }
    }
    const cost = queryCost(
      request.schema,
      request.operation,
      fragments,
      request.request.variables ?? {},
    );
    const tooCostly = () => m.queryTooCostly({ cost, max: this.settings.maxQueryCost });
    const limits = this.limitsOf(request.contextValue.viewer);
    if (!limits) {
      // The public has no budget, but no query of theirs may cost more than any may.
      if (cost > this.settings.maxQueryCost) {
        throw refusal(tooCostly(), QUERY_TOO_COSTLY, 400, null, null);
      }
      return null;
    }
    const now = Date.now();
    const costState = (tally: Tally | null) =>
      budget(
        limits.cost,
        tally?.consumed ?? 0,
        now,
        tally?.msBeforeNext ?? this.settings.windowSeconds * 1000,
      );
    const withRequests =
      (requests: Tally) =>
      (charged: number, costBudget: BudgetState): RateLimitState => ({
        cost: charged,
        maxQueryCost: this.settings.maxQueryCost,
        windowSeconds: this.settings.windowSeconds,
        requests: budget(limits.requests, requests.consumed, now, requests.msBeforeNext),
        costBudget,
      });
    const giveBack = (points: number) => this.cost.add(limits.key, -points);

    if (cost > this.settings.maxQueryCost) {
      // The request counts; its cost, never charged, leaves the budget as it is.
      const [requests, costNow] = await Promise.all([
        this.requests.add(limits.key, 1),
        this.cost.get(limits.key),
      ]);
      const state = withRequests(requests)(0, costState(costNow));
      if (requests.consumed > limits.requests) {
        const seconds = secondsUntil(requests.msBeforeNext);
        throw refusal(m.tooManyRequests({ seconds }), RATE_LIMITED, 429, seconds, state);
      }
      throw refusal(tooCostly(), QUERY_TOO_COSTLY, 400, null, state);
    }

    // Both counters at once; a refused request's cost is given back.
    const [requests, spent] = await Promise.all([
      this.requests.add(limits.key, 1),
      this.cost.add(limits.key, cost),
    ]);
    const state = withRequests(requests);
    if (requests.consumed > limits.requests) {
      const back = await giveBack(cost);
      const seconds = secondsUntil(requests.msBeforeNext);
      throw refusal(
        m.tooManyRequests({ seconds }),
        RATE_LIMITED,
        429,
        seconds,
        state(0, costState(back)),
      );
    }
    if (spent.consumed > limits.cost) {
      const back = await giveBack(cost);
      const left = costState(back);
      const seconds = secondsUntil(back.msBeforeNext);
      throw refusal(
        m.overCostBudget({ cost, remaining: left.remaining, seconds }),
        RATE_LIMITED,
        429,
        seconds,
        state(0, left),
      );
    }
    return state(cost, costState(spent));
  }

  /** The budgets as they stand, for an answer whose request was not counted (a syntax error). */
  private async current(viewer: Viewer): Promise<RateLimitState | null> {
    const limits = this.limitsOf(viewer);
    if (!limits) return null;
    const now = Date.now();
    const windowMs = this.settings.windowSeconds * 1000;
    const [requests, cost] = await Promise.all([
      this.requests.get(limits.key),
      this.cost.get(limits.key),
    ]);
    return {
      cost: 0,
      maxQueryCost: this.settings.maxQueryCost,
      windowSeconds: this.settings.windowSeconds,
      requests: budget(
        limits.requests,
        requests?.consumed ?? 0,
        now,
        requests?.msBeforeNext ?? windowMs,
      ),
      costBudget: budget(limits.cost, cost?.consumed ?? 0, now, cost?.msBeforeNext ?? windowMs),
    };
  }
}

function budget(limit: number, consumed: number, now: number, msBeforeNext: number): BudgetState {
  return {
    limit,
    remaining: Math.max(0, limit - consumed),
    resetAt: new Date(now + Math.max(0, msBeforeNext)).toISOString(),
  };
}

function secondsUntil(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * A refusal thrown before the query runs: a code of its own, the HTTP status and `Retry-After`;
 * the text is the domain error's, localized by graphql/errors.ts. It carries the budgets' state
 * for the answer's headers and extensions.
 */
class LimitRefusal extends GraphQLError {
  constructor(
    message: Message,
    code: string,
    status: number,
    retryAfterSeconds: number | null,
    readonly state: RateLimitState | null,
  ) {
    const error = new DomainError(message);
    const headers = new HeaderMap();
    if (retryAfterSeconds !== null) headers.set('retry-after', String(retryAfterSeconds));
    super(error.message, {
      extensions: {
        code,
        ...(retryAfterSeconds !== null ? { retryAfter: retryAfterSeconds } : {}),
        http: { status, headers },
      },
      originalError: error,
    });
  }
}

function refusal(
  message: Message,
  code: string,
  status: number,
  retryAfterSeconds: number | null,
  state: RateLimitState | null,
): LimitRefusal {
  return new LimitRefusal(message, code, status, retryAfterSeconds, state);
}

/**
 * The IETF RateLimit header fields: the policies of both budgets, and the limit, remaining part
 * and seconds to reset of whichever is nearer to its end.
 */
export function headersOf(state: RateLimitState, settings: RateLimitSettings): [string, string][] {
  const { requests, costBudget } = state;
  const nearer =
    requests.remaining / requests.limit <= costBudget.remaining / costBudget.limit
      ? requests
      : costBudget;
  const reset = Math.max(0, Math.ceil((Date.parse(nearer.resetAt) - Date.now()) / 1000));
  return [
    [
      'ratelimit-policy',
      `${requests.limit};w=${settings.windowSeconds};comment="requests", ${costBudget.limit};w=${settings.windowSeconds};comment="query cost"`,
    ],
    ['ratelimit-limit', String(nearer.limit)],
    ['ratelimit-remaining', String(nearer.remaining)],
    ['ratelimit-reset', String(reset)],
  ];
}
