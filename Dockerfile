# syntax=docker/dockerfile:1
# One image for every service of the graph (gateway, subgraphs, the migration Job): the command
# names the service's entry script, e.g. `subgraphs/diary/src/index.ts`. Multi-stage: the build
# stage installs the workspace (without the browser-test package) and builds the web app; the
# runtime stage is the slim Node image with the result, run as the unprivileged `node` user.
# Services transpile TypeScript at start with swc (≈ 3 s), as `pnpm start` does.

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV CI=true PNPM_VERSION=10.34.8
COPY . .
RUN npx -y pnpm@${PNPM_VERSION} install --frozen-lockfile --filter '!@kpi/integration-tests' \
 && npx -y pnpm@${PNPM_VERSION} --filter @kpi/web build \
 && rm -rf .data web/node_modules/.vite

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 LOG_LEVEL=info APOLLO_TELEMETRY_DISABLED=1 KPI_DATA_DIR=/tmp/kpi
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000 4001 4002 4003 4004 4005
# The tracing preload starts OpenTelemetry before the service's code when OTEL_EXPORTER_OTLP_ENDPOINT
# is set, and does nothing otherwise (as under pnpm start's supervisor: infra/src/supervisor.ts).
ENTRYPOINT ["node", "--import", "@swc-node/register/esm-register", "--import", "./platform/src/observability/preload.ts"]
CMD ["gateway/src/index.ts"]
