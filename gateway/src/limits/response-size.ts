import { formatNumber, sendError, type Logger } from '@kpi/platform';
import type { RequestHandler } from 'express';
import { said } from '../messages.js';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

/**
 * A cap on the bytes of one answer: past it, the answer is replaced by a RESPONSE_TOO_LARGE error
 * (HTTP 400) saying to ask for less. The cost limit refuses most such operations before they run;
 * this is the backstop for what it cannot foresee (long texts, large files, a list longer than its
 * figure). Applies to every complete answer of the GraphQL endpoint (Apollo sends them whole).
 */
export function responseCap(maxBytes: number, logger: Logger): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      res.send = send;
      const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : 0;
      if (bytes <= maxBytes) return send(body);
      logger.warn({ bytes, maxBytes }, 'answer over the response cap refused');
      sendError(res, RESPONSE_TOO_LARGE, said.answerTooLarge({ bytes: formatNumber(bytes), max: formatNumber(maxBytes) }), { maxBytes });
      return res;
    }) as typeof res.send;
    next();
  };
}
