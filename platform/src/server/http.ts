import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens and answers with the real URL (port 0 picks a free port, as tests do). */
export function listen(app: Express, port: number, host: string, path = '/graphql'): Promise<RunningServer & { http: Server }> {
  return new Promise((resolve, reject) => {
    const http = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      const address = http.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
      // Long keep-alive so the gateway's pooled connections are not cut between requests.
      http.keepAliveTimeout = 65_000;
      http.headersTimeout = 66_000;
      resolve({
        http,
        port: address.port,
        url: `http://${shownHost}:${address.port}${path}`,
        close: () =>
          new Promise<void>((done) => {
            http.close(() => done());
            http.closeAllConnections();
          }),
      });
    });
    http.on('error', reject);
  });
}
