import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// i18next first: a module the first chunk loads may register its texts as it is evaluated.
import i18n from './i18n';
import { App } from './App';
import { Session, type WebConfig } from './auth';
import './app.css';

const config = (await (await fetch('/web-config.json')).json()) as WebConfig;
const session = new Session(config);
let problem: string | null = null;
await session.completeSignIn().catch((error: Error) => (problem = error.message));

const client = new ApolloClient({
  cache: new InMemoryCache(),
  // A screen opened again shows what it had at once and refreshes it: what another screen (or
  // E-Office, or a reviewer) changed meanwhile appears without a reload.
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  link: new SetContextLink(async ({ headers }) => {
    const token = await session.accessToken();
    // The graph's own messages (errors, import results) come in the language the screen is in.
    const asked = { ...headers, 'accept-language': i18n.language };
    return { headers: token ? { ...asked, authorization: `Bearer ${token}` } : asked };
  }).concat(new HttpLink({ uri: '/graphql' })),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App session={session} problem={problem} />
    </ApolloProvider>
  </StrictMode>,
);
