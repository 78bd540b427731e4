import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { signInScript, type IdeSignIn } from './ide-sign-in.js';

const pages = new Map<string, string>();

/**
 * GraphiQL with every script and style inlined: it works on a machine with no internet, which is
 * where the province's developers often are. With `signIn`, a "Sign in" button signs the person in
 * at the identity provider (ide-sign-in.ts) and every request carries their token; without it (or
 * anyway), paste a token from `pnpm tokens` into the Headers tab.
 */
export function ideHtml(signIn?: IdeSignIn): string {
  const key = JSON.stringify(signIn ?? null);
  let page = pages.get(key);
  if (!page) {
    page = renderGraphiQL({
      title: 'KPI graph',
      endpoint: '/graphql',
      defaultHeaders: JSON.stringify(
        {
          Authorization: signIn
            ? 'Bearer <signed in: your token is sent; or paste one from `pnpm tokens`>'
            : 'Bearer <paste a token from `pnpm tokens`>',
        },
        null,
        2,
      ),
      defaultQuery: `# The KPI graph. ${signIn ? 'Sign in (top right), or put' : 'Put'} a dev token in the Headers tab (pnpm tokens), then run:
query Me {
  me {
    code
    fullName
    position { title category }
    agency { name }
    access { roles agencyIds unitIds }
  }
}
`,
    } as Parameters<typeof renderGraphiQL>[0]);
    if (signIn)
      page = page.replace(
        '<div id="root"></div>',
        // A function, so that no `$` in the script is read as a replacement pattern.
        () => `<div id="kpi-sign-in" style="position:fixed;top:6px;right:12px;z-index:10;font:13px system-ui,sans-serif"></div>
      <div id="root"></div>
      <script>${signInScript(signIn)}</script>`,
      );
    pages.set(key, page);
  }
  return page;
}
