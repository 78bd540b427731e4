/**
 * The staff dashboard fetched straight from the subgraphs, as the gateway's query plan does it:
 * three requests at once — personnel's `me` (the person, position, agency, division), the diary's
 * `me` with the month and its entries beside its open assignments, and scoring's `me` with the live
 * score (the diary and scoring answer `me` themselves, providing the placement they keep). The work
 * a gateway cannot avoid, and nothing else: no token to verify, no access to read (the caller's
 * identity is known beforehand), no plan to make — only the assertion every subgraph request must
 * carry, signed for that subgraph and that body. Its throughput is the "direct" row of
 * `pnpm bench:gateway`: the most the subgraphs give.
 */
import { IDENTITY_HEADER, signGatewayAssertion, type Identity } from '@kpi/platform';
import type { CryptoKey } from 'jose';
import type { Answer } from './bench-load.js';

export interface DashboardVariables {
  from: string;
  to: string;
  period: string;
}

export interface DirectPath {
  subgraphUrls: Record<string, string>;
  gatewayKey: CryptoKey;
  gatewayKeyId: string;
  post: (url: string, body: string, headers: Record<string, string>) => Promise<Answer>;
}

type Data = Record<string, unknown>;

const PERSON = `{me{id code fullName staffType position{title category isLeadership standardMinutesPerDay} agency{code name} division{name}}}`;
const MONTH =
  'query($from:LocalDate!,$to:LocalDate!){me{' +
  'diaryPeriod(from:$from,to:$to){workingDays actualMinutes earnedStandardMinutes workPoints approvedWorkPoints availableStandardMinutes missingDays daysOverStandard} ' +
  'diaryEntries(from:$from,to:$to){id workDate quantity actualMinutes status workPoints flags workItem{code name unit}} ' +
  'assignmentSummary(from:$from,to:$to){onTime late overdue overdueShare}} ' +
  'myAssignments(filter:{statuses:[ASSIGNED,IN_PROGRESS,RETURNED]}){id title deadline effectiveDeadline timeliness workingDaysLeft workItem{name}}}';
const SCORE =
  'query($period:String!){me{periodScore(period:$period){score level gate overdueShare workPoints capacityMinutes frozen ' +
  'indicators{quantity timeliness quality proactivity coordination creativity overdue}}}}';

/** The dashboard's data for one caller, as a gateway would answer it (field order aside). */
export function directDashboard(path: DirectPath) {
  const ask = async (identity: Identity, subgraph: string, query: string, variables: Data = {}): Promise<Data> => {
    const body = { query, variables };
    const assertion = await signGatewayAssertion(identity, path.gatewayKey, { audience: subgraph, body, keyId: path.gatewayKeyId });
    const answer = await path.post(path.subgraphUrls[subgraph]!, JSON.stringify(body), { [IDENTITY_HEADER]: assertion });
    const json = JSON.parse(answer.text) as { data?: Data; errors?: unknown[] };
    if (answer.status !== 200 || json.errors || !json.data)
      throw new Error(`${subgraph} answered ${answer.status} ${answer.text.slice(0, 300)}`);
    return json.data;
  };

  return async (identity: Identity, variables: DashboardVariables): Promise<Data> => {
    const [person, month, score] = await Promise.all([
      ask(identity, 'personnel', PERSON),
      ask(identity, 'diary', MONTH, { from: variables.from, to: variables.to }),
      ask(identity, 'scoring', SCORE, { period: variables.period }),
    ]);
    const me = person.me as Data | null;
    return {
      me: me && { ...me, ...(month.me as Data), ...(score.me as Data) },
      myAssignments: month.myAssignments,
    };
  };
}
