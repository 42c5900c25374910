import type { RequestHandler } from 'express';
import pLimit from 'p-limit';

/**
 * Lets at most `concurrency` GraphQL requests run at once in this process; the others wait
 * their turn, in order of arrival. A process busy with its CPU gains nothing from starting more
 * (they would only share it and all finish late), and each started request holds its rows and
 * answer in memory: with a bound, a burst of 50 connections is served first come, first done, in
 * the memory of a few requests.
 *
 * It comes after the body is read, and a request gives its turn up as soon as its answer is
 * handed over: a client that sends its body or reads its answer slowly keeps its socket, never a
 * turn that others wait for.
 */
/** The middleware, and how many requests wait for a turn (tests need arrivals in a known order). */
export type Admission = RequestHandler & { readonly waiting: number };

export function admission(concurrency: number): Admission {
  const limit = pLimit(concurrency);
  const handler: RequestHandler = (request, response, next) => {
    void limit(
      () =>
        new Promise<void>((done) => {
          // A client that left while waiting has nothing to be served.
          if (request.socket.destroyed) return done();
          const end = response.end.bind(response);
          response.end = ((...args: Parameters<typeof end>) => {
            done();
            return end(...args);
          }) as typeof response.end;
          response.once('close', () => done());
          next();
        }),
    );
  };
  return Object.defineProperty(handler, 'waiting', { get: () => limit.pendingCount }) as Admission;
}
