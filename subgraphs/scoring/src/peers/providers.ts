import { DomainError, ErrorCode, loadGraphConfig, serviceUnavailable, type Peers } from '@kpi/platform';
import type { ProvidedFacts } from '../rules/indicators.js';
import { WorkFactsDocument, type WorkFactsRange } from './scoring-facts.contract.generated.js';
import { said } from '../messages.js';

/**
 * The providers of the scoring-facts contract (schema/contracts/scoring-facts.graphql): every
 * subgraph whose entry in schema/subgraphs.json declares `scoringFacts`, with the sectors whose
 * people it covers. Discovered from the configuration, never named in code: a sector joins by
 * declaring itself there.
 */
export interface Provider {
  name: string;
  sectors: string[];
}

let configured: Provider[] | undefined;
export function configuredProviders(): Provider[] {
  configured ??= loadGraphConfig()
    .subgraphs.filter((entry) => entry.scoringFacts)
    .map((entry) => ({ name: entry.name, sectors: entry.scoringFacts!.sectors }));
  return configured;
}

/** The providers of this graph: those configured that it has (a test graph runs a few subgraphs only). */
export const providersOf = (peers: Peers) => configuredProviders().filter((provider) => peers.knows(provider.name));

const fail = (provider: string, why: string) => serviceUnavailable(said.providerFailed({ provider, why }), provider);

/**
 * One provider's facts for these ranges, in the order asked, asked as the scoring service. A
 * provider that does not answer, refuses, or answers out of contract (another count, another
 * order, a negative figure) fails the computation loudly, naming it: never a score without it.
 */
export async function workFacts(peers: Peers, provider: string, ranges: WorkFactsRange[]): Promise<ProvidedFacts[]> {
  let answer;
  try {
    answer = (await peers.query(provider, WorkFactsDocument, { ranges }, { asService: true })).workFacts;
  } catch (error) {
    const code = (error as DomainError).extensions?.code;
    const why =
      code === ErrorCode.SERVICE_UNAVAILABLE
        ? said.providerSilent()
        : said.providerRefused({ code: String(code ?? said.anInternalError()), message: (error as Error).message.slice(0, 200) });
    throw fail(provider, why);
  }
  const misfit = answer.findIndex(
    (facts, i) =>
      facts.employeeId !== ranges[i]?.employeeId ||
      facts.from !== ranges[i]?.from ||
      facts.to !== ranges[i]?.to ||
      !(facts.workPoints >= 0) ||
      facts.lines.some((line) => !(line.workPoints >= 0)),
  );
  if (answer.length !== ranges.length || misfit >= 0)
    throw fail(
      provider,
      misfit >= 0
        ? said.providerMisfit({ answered: answer.length, ranges: ranges.length, nth: misfit + 1 })
        : said.providerOutOfContract({ answered: answer.length, ranges: ranges.length }),
    );
  return answer.map((facts) => ({ provider, workPoints: facts.workPoints, lines: facts.lines }));
}
