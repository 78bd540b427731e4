/**
 * The staff dashboard fetched straight from the subgraphs, as the gateway's query plan does it
 * (personnel's `me`, then scoring's live score beside the diary's month and the catalogue's items
 * of its entries; beside all that the diary's open assignments and their items), in parallel where
 * the plan is, each entity asked once. The work a gateway cannot avoid, and nothing else: no token
 * to verify, no access to read (the caller's identity is known beforehand), no plan to make — only
 * the assertion every subgraph request must carry, signed for that subgraph and that body. Its
 * throughput is the "direct" row of `pnpm bench:gateway`: the most the subgraphs give.
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
type Reference = { __typename: string; id: string };

const ME = `{me{__typename id code fullName staffType position{title category isLeadership standardMinutesPerDay} agency{code name} division{name} agencyId divisionId supervisorId}}`;
const SCORE = `periodScore(period:$period){score level gate overdueShare workPoints capacityMinutes frozen indicators{quantity timeliness quality proactivity coordination creativity overdue}}`;
const MONTH =
  'diaryPeriod(from:$from,to:$to){workingDays actualMinutes earnedStandardMinutes workPoints approvedWorkPoints availableStandardMinutes missingDays daysOverStandard} ' +
  'diaryEntries(from:$from,to:$to){id workDate quantity actualMinutes status workPoints flags workItem{__typename id}} ' +
  'assignmentSummary(from:$from,to:$to){onTime late overdue overdueShare}';
const ASSIGNMENTS = `{myAssignments(filter:{statuses:[ASSIGNED,IN_PROGRESS,RETURNED]}){id title deadline effectiveDeadline timeliness workingDaysLeft workItem{__typename id}}}`;

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
  /** `_entities` for the distinct references, answered for each reference in order (repeats included). */
  const entities = async (
    identity: Identity,
    subgraph: string,
    type: string,
    references: object[],
    selection: string,
    variables: Data = {},
    definitions = '',
  ) => {
    const key = (reference: object) => JSON.stringify(reference);
    const distinct = [...new Map(references.map((reference) => [key(reference), reference])).values()];
    if (!distinct.length) return references.map(() => null);
    const query = `query($representations:[_Any!]!${definitions}){_entities(representations:$representations){...on ${type}{${selection}}}}`;
    const data = await ask(identity, subgraph, query, { representations: distinct, ...variables });
    const found = new Map(distinct.map((reference, i) => [key(reference), (data._entities as Data[])[i]!]));
    return references.map((reference) => found.get(key(reference))!);
  };

  return async (identity: Identity, variables: DashboardVariables): Promise<Data> => {
    const me = (async () => {
      const { me: person } = (await ask(identity, 'personnel', ME)) as { me: Data | null };
      if (!person) return null;
      const { __typename, agencyId, divisionId, supervisorId, ...own } = person;
      const employee = [{ __typename, id: person.id, agencyId, divisionId, supervisorId }];
      const [[score], month] = await Promise.all([
        entities(identity, 'scoring', 'Employee', employee, SCORE, { period: variables.period }, ',$period:String!'),
        (async () => {
          const [found] = await entities(
            identity,
            'diary',
            'Employee',
            employee,
            MONTH,
            { from: variables.from, to: variables.to },
            ',$from:LocalDate!,$to:LocalDate!',
          );
          const entries = found!.diaryEntries as (Data & { workItem: Reference })[];
          const items = await entities(
            identity,
            'catalogue',
            'WorkItem',
            entries.map((entry) => entry.workItem),
            'code name unit',
          );
          return { ...found, diaryEntries: entries.map((entry, i) => ({ ...entry, workItem: items[i] })) };
        })(),
      ]);
      return { ...own, ...month, periodScore: score!.periodScore };
    })();
    const assignments = (async () => {
      const { myAssignments } = (await ask(identity, 'diary', ASSIGNMENTS)) as { myAssignments: (Data & { workItem: Reference })[] };
      const items = await entities(
        identity,
        'catalogue',
        'WorkItem',
        myAssignments.map((assignment) => assignment.workItem),
        'name',
      );
      return myAssignments.map((assignment, i) => ({ ...assignment, workItem: items[i] }));
    })();
    const [person, myAssignments] = await Promise.all([me, assignments]);
    return { me: person, myAssignments };
  };
}
