import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

let page: string | undefined;

/**
 * GraphiQL with every script and style inlined: it works on a machine with no internet, which is
 * where the province's developers often are. Paste a token from `pnpm tokens` into the headers.
 */
export function ideHtml(): string {
  page ??= renderGraphiQL({
    title: 'KPI graph',
    endpoint: '/graphql',
    defaultHeaders: JSON.stringify({ Authorization: 'Bearer <paste a token from `pnpm tokens`>' }, null, 2),
    defaultQuery: `# The KPI graph. Put a dev token in the Headers tab (pnpm tokens), then run:
query Me {
  me {
    code
    fullName
    position { title category }
    agency { name }
  }
}
`,
  } as Parameters<typeof renderGraphiQL>[0]);
  return page;
}
