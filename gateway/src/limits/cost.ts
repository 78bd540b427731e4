import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DEFAULT_PAGE_SIZE, formatNumber } from '@kpi/platform';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { said } from '../messages.js';

/**
 * The cost of an operation: about how many objects (rows) its answer may hold, and so how much
 * work the subgraphs and the gateway do for it — counted before anything is planned or fetched.
 *
 * The model, applied to every field of the supergraph alike:
 *
 *   cost(field) = price + rows × (1 + cost of its sub-selection)
 *
 * - rows: 1 for an object; for a list (or a connection) the size the caller asked for — a size
 *   argument (`first`, `last`, `limit`, `take`), its default when left out; else the length of a
 *   list argument (`reviewDiaryEntries(ids)` answers one row per id); else, over a date range
 *   (`from`/`to`), its days × rows per day; else the expected rows kept as data below. A date range
 *   on an object (a summary over the period, `diaryPeriod`) repeats its sub-selection once per
 *   month of the range, so the lists under it (a period's days) are priced per month.
 * - Scalars and enums cost nothing: what they weigh in bytes is bounded by the response cap.
 * - price: known-expensive fields (a similarity over the whole catalogue, a file built from it, a
 *   province's scores) add a fixed price, kept as data below with the reason.
 *
 * So `employees(first: 500) { nodes { diaryEntries(from: "2026-01-01", to: "2026-12-31") { id } } }`
 * costs 500 × (1 + 1 × (1 + 365 × 5 × 1)) ≈ 914,000 and is refused; a page of 20 people's month is
 * about 3,100. graphql-query-complexity walks the operation (fragments, variables, @skip/@include,
 * abstract types); this file only says what each field costs.
 */

/** Arguments that bound the rows of a list or a connection. */
export const SIZE_ARGUMENTS = ['first', 'last', 'limit', 'take'] as const;

/** A list with nothing saying its size, if the schema test below ever lets one through. */
export const UNPRICED_LIST_ROWS = 100;

const DATE_SCALARS = new Set(['LocalDate', 'DateTimeISO', 'Date', 'DateTime']);
const DAY_MS = 86_400_000;

export interface FieldCost {
  /** Added once per resolution of the field: work not proportional to the rows it returns. */
  price?: number;
  /**
   * A list without a size, list or date-range argument: the rows it holds at most, in practice;
   * with a size argument, the size when it is left out (else the platform's page size, 50).
   */
  rows?: number;
  /** A list over a date range: rows per day of the range (default 1). */
  perDay?: number;
  /** The argument carrying the size, when it is not one of SIZE_ARGUMENTS. */
  sizeArgument?: string;
  /** Why this figure: every entry says. */
  why: string;
}

/**
 * The figures, by `Type.field`: expected sizes (what a list holds in practice, measured on the
 * 7,000-person demo province where it can be), not worst cases — the caller's own multipliers
 * (page sizes, date ranges, list arguments) are what the limit is about. A list field of the supergraph that has no size argument, no list
 * argument and no date range must have `rows` here (the schema test fails otherwise), so a new
 * unbounded list is priced when it is added, not after it hurt.
 */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  // Known-expensive fields: a price.
  'Query.nearDuplicateWorkItems': {
    price: 5_000,
    rows: 100,
    why: 'trigram similarity of every pair of up to 5,000 active items, 150–200 ms a call (15 aliases took 2–3 s): four at most in an operation',
  },
  'Query.catalogueHygiene': {
    price: 2_000,
    why: 'sums a period of the diary for every item in force (one _entities call over up to a year)',
  },
  'Job.errors': { rows: 4, why: 'one per attempt: a job is tried at most four times' },
  'Query.exportCatalogue': { price: 2_000, why: 'builds a CSV or XLSX file of the whole catalogue' },
  'Query.kpiHandbook': { price: 1_000, why: 'builds an agency’s handbook file' },
  'Mutation.importCatalogue': { price: 2_000, why: 'parses and checks a whole sheet, row by row' },
  'Mutation.importDiaryHistory': { price: 2_000, why: 'parses and checks a whole sheet, row by row, against personnel and the catalogue' },
  'Mutation.importAssignmentHistory': {
    price: 2_000,
    why: 'parses and checks a whole sheet, row by row, against personnel and the catalogue',
  },
  'Mutation.startDiaryHistoryImportJob': { price: 2_000, why: 'checks the whole sheet (a dry run) before it starts the job' },
  'Mutation.importPlacementHistory': {
    price: 2_000,
    why: 'parses and checks a whole sheet, row by row, against every person’s stored placements',
  },
  'Mutation.startPlacementImportJob': { price: 2_000, why: 'checks the whole sheet (a dry run) before it starts the job' },
  'Query.scoringUnits': {
    price: 2_000,
    why: 'the graph’s own services only (scoring): the units of up to 5,000 people, every level down, with their placements',
  },
  'Mutation.computeScoringPeriod': { price: 15_000, why: 'scores the whole province (≈ 16 s): one in an operation' },
  'Mutation.closeScoringPeriod': {
    price: 15_000,
    why: 'scores and freezes the whole province (≈ 16 s), or an agency: one in an operation',
  },
  'Mutation.recomputeScoringPeriod': { price: 15_000, why: 'recomputes a closed period for the province: one in an operation' },
  'Mutation.prepareAnnualAssessment': { price: 2_000, rows: 300, why: 'a year of monthly scores for an agency’s people' },
  'Mutation.confirmAnnualAssessment': { price: 1_000, rows: 300, why: 'ranks and confirms an agency’s year' },
  'Query.roleGrants': { rows: 200, why: 'the grants that hold (a few per agency): admins, keepers and analysts' },
  'Query.integrationClients': { rows: 50, why: 'the systems registered to call the graph: a handful per province' },
  'Query.intakeMappings': { rows: 200, why: 'a client’s document types, province defaults and every agency’s own' },
  'IntegrationClient.operations': { rows: 50, why: 'the operations a client is restricted to: a few dozen at most' },
  'Query.provinceOverview': { price: 1_000, why: 'the province’s stored scores for a period; each section below is priced too' },
  'ProvinceOverview.distribution': { price: 500, why: 'one aggregate over the period’s scores' },
  'ProvinceOverview.byAgency': { price: 1_000, rows: 60, why: 'one aggregate; the province’s 51 agencies and localities' },
  'ProvinceOverview.bySector': { price: 1_000, rows: 40, why: 'one aggregate; one row per sector' },
  'ProvinceOverview.byCategory': { price: 1_000, rows: 10, why: 'one aggregate; one row per position category' },
  'ProvinceOverview.trend': { price: 1_000, sizeArgument: 'months', why: 'one aggregate per month asked' },
  'ProvinceOverview.diaryDiscipline': { price: 1_000, rows: 60, why: 'reads the period’s diary facts; one row per agency' },
  'ProvinceOverview.anomalies': { price: 1_000, why: 'robust z-scores over the period; `first` of each kind' },
  'ProvinceOverview.catalogueUsage': { price: 1_000, why: 'usage of every item in the period; `first` most and least used' },
  'ProvinceOverview.staffingNeeds': { price: 1_000, rows: 500, why: 'one row per job position (of an agency, or the province)' },
  'Employee.periodScore': { price: 20, why: 'a live score of an open period pulls the person’s diary facts (≈ 2 ms a person)' },
  'Agency.scoreSummary': { price: 50, why: 'an aggregate of an agency’s stored scores' },

  // The education sector's subgraph (a department's own).
  'Query.schoolTerms': { rows: 20, why: 'two terms a school year, a few years kept' },
  'Query.teachingNorms': { rows: 40, why: 'the norms of three levels, three regimes and three roles, a version or two each' },
  'Query.dutyKinds': { rows: 20, why: 'the duties counted as periods: a handful' },
  'Agency.schoolClasses': { rows: 60, why: 'a school’s classes in a year: 30–45 in a large upper secondary school' },
  'Agency.teachingTotals': { price: 20, why: 'sums a term of periods and duties over a school’s roster' },
  'Employee.teachingLoad': { price: 5, why: 'counts a term of the teacher’s periods (batched per request)' },
  'TeachingLoad.duties': { rows: 5, why: 'the duties one teacher holds in a term' },
  'ScoreSegment.workSources': { rows: 3, why: 'the diary and the providers of scoring facts covering the stretch' },
  'WorkSource.lines': { rows: 8, why: 'the kinds of work a provider credits (taught, substitutions, a few duties)' },

  // Lists whose size is set elsewhere: by the field that holds them.
  'CatalogueUsageReport.mostUsed': { rows: 1, why: 'sized by catalogueUsage(first), which multiplies it' },
  'CatalogueUsageReport.leastUsed': { rows: 1, why: 'sized by catalogueUsage(first), which multiplies it' },
  'DiaryPeriod.days': { rows: 31, why: 'one per day of the period; diaryPeriod multiplies by the months of its range' },
  'DiaryDay.entries': { rows: 8, why: 'a person’s entries of a day (about six; 5–15 in DOMAIN.md)' },

  // Date ranges whose rows do not grow with the range, or grow slower than one a day.
  'Employee.diaryEntries': { perDay: 5, why: 'about six entries a working day, five a calendar day' },
  'Employee.leaves': { rows: 20, why: 'a person’s leaves overlapping a period: a few a year' },
  'Agency.missingDiaries': { rows: 100, why: 'one per person of the unit with a missing day' },

  // Lists bounded by the organisation or the catalogue: their expected size.
  'Agency.ownWorkItems': { rows: 100, why: 'an agency’s own list (group C): one pilot cut 130 items to 50' },
  'Agency.ownedSectors': { rows: 5, why: 'the sectors a department owns' },
  'Agency.sectors': { rows: 10, why: 'the sectors an agency works in' },
  'Agency.reminders': { rows: 50, why: 'a unit’s open reminders' },
  'Agency.children': { rows: 10, why: 'sub-units: 4 a parent in the demo province (90 % at most 6; the province itself 51)' },
  'Agency.ancestors': { rows: 5, why: 'the depth of the organisation tree' },
  'Agency.positions': { rows: 20, why: 'an agency’s job positions: at most 18 in the demo province' },
  'Assignment.coOperators': { rows: 5, why: 'people co-operating on one assignment' },
  'Assignment.events': { rows: 8, why: 'an assignment’s lifecycle steps (assign, accept, submit, complete…)' },
  'CatalogueHygiene.neverUsed': { rows: 100, why: 'items of the list in force and never used' },
  'CatalogueHygiene.rarelyUsed': { rows: 100, why: 'items of the list rarely used' },
  'CatalogueHygiene.farFromStandard': { rows: 100, why: 'items far from their standard time' },
  'CatalogueImportReport.rows': { rows: 500, why: 'one per row of an imported sheet' },
  'DiaryHistoryReport.rows': { rows: 500, why: 'one per row of an imported sheet' },
  'PlacementImportReport.rows': { rows: 500, why: 'one per row of an imported sheet' },
  'ChangeRequest.history': { rows: 10, why: 'a change request’s steps' },
  'DiaryEntryPayload.warnings': { rows: 5, why: 'warnings of one entry' },
  'Employee.loggableWorkItems': { rows: 50, why: 'a position’s job description: 25 items, at most 43, in the demo province' },
  'Employee.assignments': { rows: 20, why: 'filter.first left out: a person’s assignments, about two a month' },
  'Employee.subordinates': { rows: 20, why: 'the people a supervisor leads: 5, 90 % at most 25, in the demo province' },
  'Employee.placements': { rows: 10, why: 'a career’s placements' },
  'JobPosition.workItems': { rows: 50, why: 'a position’s job description' },
  'JobPosition.holders': { rows: 5, why: 'holders of a position on a date' },
  'PeriodScore.segments': { rows: 3, why: 'placement stretches in a period (a transfer splits it)' },
  'ScoreDistribution.histogram': { rows: 10, why: '10-point buckets' },
  'Sector.kpiStandards': { rows: 10, why: 'one per position category' },
  'WorkItem.versions': { rows: 5, why: 'an item’s approved versions' },
  'WorkItem.history': { rows: 10, why: 'an item’s audit entries' },
  'Query.workItemsAwaitingApproval': { rows: 50, why: 'an agency’s group C versions waiting for its head' },
  'Query.catalogueChangeRequests': { rows: 500, why: 'the latest 500 requests' },
  'Query.sectors': { rows: 40, why: 'the province’s sectors' },
  'Query.provinceLimits': { rows: 10, why: 'one per limit kind' },
  'Query.myAssignments': { rows: 100, why: 'filter.first left out: 100' },
  'Query.assignmentsGiven': { rows: 100, why: 'filter.first left out: 100' },
  'Query.assignmentsToReview': { rows: 100, why: 'first left out: 100' },
  'Query.reviewQueue': { rows: 100, why: 'first left out: 100' },
  'Query.diaryAudit': { rows: 100, why: 'first left out: 100' },
  'Query.workItemMappings': { rows: 500, why: 'a client’s mappings to the catalogue' },
  'Query.diaryPolicies': { rows: 10, why: 'the policy’s versions' },
  'Query.myNotificationPreferences': { rows: 5, why: 'one per reminder kind' },
  'Mutation.startReminderJob': { price: 500, why: 'asks personnel for the agency, then queues reminders for a province or an agency' },
  'Query.diaryPeriodReopenings': { rows: 20, why: 'a month’s reopenings' },
  'Query.orgTree': { rows: 1, why: 'the roots: the province (or the one asked)' },
  'Query.annualAssessments': { rows: 300, why: 'an agency’s people' },
  'Query.rewardProposals': { rows: 50, why: 'an agency’s proposals for a year' },
  'Query.scoringPolicies': { rows: 10, why: 'the policy’s versions' },
  'ScoringPeriod.agencyCloses': { rows: 60, why: 'at most one per agency of the province (51 in Khanh Hoa)' },
  'Query.scoringPolicyChanges': { rows: 10, why: 'the corrections of the policy’s versions, a handful in a province’s life' },
};

const isList = (field: GraphQLField<unknown, unknown>) => isListType(getNullableType(field.type));

/** A connection holds its page in `nodes` / `edges`: the field returning it carries the size. */
const isConnectionPage = (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>) =>
  parent.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges');

const sizeArgumentOf = (field: GraphQLField<unknown, unknown>, data?: FieldCost) =>
  data?.sizeArgument ?? SIZE_ARGUMENTS.find((name) => field.args.some((arg) => arg.name === name));

/** A size inside an input object (`myAssignments(filter: { first: 200 })`): [argument, field]. */
function nestedSizeArgumentOf(field: GraphQLField<unknown, unknown>): [string, string] | undefined {
  for (const arg of field.args) {
    const input = getNamedType(arg.type);
    if (!isInputObjectType(input)) continue;
    const size = SIZE_ARGUMENTS.find((name) => name in input.getFields());
    if (size) return [arg.name, size];
  }
  return undefined;
}

const listArgumentOf = (field: GraphQLField<unknown, unknown>) =>
  field.args.find((arg) => isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type));

const dateArgument = (field: GraphQLField<unknown, unknown>, name: string) =>
  field.args.find((arg) => arg.name === name && DATE_SCALARS.has(getNamedType(arg.type).name));

/** The days of a `from`/`to` range (both ends counted), or null when the field has none or it is not given. */
export function rangeDays(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | null {
  if (!dateArgument(field, 'from') || !dateArgument(field, 'to')) return null;
  const time = (value: unknown) =>
    value instanceof Date ? value.getTime() : typeof value === 'string' ? new Date(value).getTime() : Number.NaN;
  const from = time(args.from);
  const to = time(args.to);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  return Math.max(1, Math.floor((to - from) / DAY_MS) + 1);
}

/** How the rows of a field are known, for the schema test: null when nothing says. */
export function sizeRuleOf(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): string | null {
  const data = FIELD_COSTS[`${parent.name}.${field.name}`];
  if (sizeArgumentOf(field, data)) return `size argument ${sizeArgumentOf(field, data)}`;
  if (nestedSizeArgumentOf(field)) return `size argument ${nestedSizeArgumentOf(field)!.join('.')}`;
  if (data?.rows !== undefined) return `${data.rows} rows (data)`;
  if (isConnectionPage(parent, field)) return 'the page of its connection';
  if (isList(field) && listArgumentOf(field)) return `the length of ${listArgumentOf(field)!.name}`;
  if (dateArgument(field, 'from') && dateArgument(field, 'to')) return `days of from–to × ${data?.perDay ?? 1}`;
  return null;
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined);

function rowsOf(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const data = FIELD_COSTS[`${parent.name}.${field.name}`];
  // A size left out: the field's default (data), else the platform's page size.
  const size = sizeArgumentOf(field, data);
  if (size) return count(args[size]) ?? data?.rows ?? DEFAULT_PAGE_SIZE;
  const nested = nestedSizeArgumentOf(field);
  if (nested) return count((args[nested[0]] as Record<string, unknown> | undefined)?.[nested[1]]) ?? data?.rows ?? DEFAULT_PAGE_SIZE;
  if (data?.rows !== undefined) return data.rows;
  if (isConnectionPage(parent, field)) return 1;
  const list = isList(field);
  const listArgument = list ? listArgumentOf(field) : undefined;
  if (listArgument) {
    const value = args[listArgument.name];
    return Array.isArray(value) ? value.length : 1;
  }
  const days = rangeDays(field, args);
  if (days !== null) return list ? Math.ceil(days * (data?.perDay ?? 1)) : Math.ceil(days / 31);
  return list ? UNPRICED_LIST_ROWS : 1;
}

/**
 * The arguments rowsOf reads of a field, in its order: the only ones whose values change a cost.
 * A leaf's arguments are never read (the estimator prices a leaf by data alone).
 */
export function costArguments(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): string[] {
  if (isLeafType(getNamedType(field.type))) return [];
  const data = FIELD_COSTS[`${parent.name}.${field.name}`];
  const size = sizeArgumentOf(field, data);
  if (size) return [size];
  const nested = nestedSizeArgumentOf(field);
  if (nested) return [nested[0]];
  if (data?.rows !== undefined || isConnectionPage(parent, field)) return [];
  const listArgument = isList(field) ? listArgumentOf(field) : undefined;
  if (listArgument) return [listArgument.name];
  return dateArgument(field, 'from') && dateArgument(field, 'to') ? ['from', 'to'] : [];
}

/** The one estimator: the model above, for every field. */
export const kpiCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (GraphiQL, codegen) is answered by the gateway from its schema: free.
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const price = FIELD_COSTS[`${type.name}.${field.name}`]?.price ?? 0;
  if (isLeafType(getNamedType(field.type))) return price;
  return price + rowsOf(type, field, args) * (1 + childComplexity);
};

/** The cost of one operation of a document, with its variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [kpiCostEstimator],
  });
}

/** How many variable sets of one document keep their cost, and the longest key kept (larger variables are priced anew). */
const REMEMBERED = { perDocument: 256, keyLength: 4096 };

interface RememberedCosts {
  /** By operation name: the variables its cost can depend on (costVariables). */
  variables: Map<string, readonly string[]>;
  costs: LRUCache<string, number>;
}

/** Costs already computed, by schema, then by the parsed document Apollo Server reuses for a query text. */
const remembered = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, RememberedCosts>>();

/**
 * The variables an operation's cost can depend on: those used in an argument the estimator reads
 * (costArguments: a size, a list, a date range) or in a directive (@skip, @include). A write's
 * input, a search's text, an id change nothing of it.
 */
export function costVariables(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): string[] {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        used.add(variable.name.value);
      },
    });
  // Fragments are walked wherever they are defined: a variable they use counts whichever operation spreads them.
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition !== operation) continue;
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Directive(directive) {
          collect(directive);
        },
        Argument(argument) {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (typeInfo.getDirective()) return;
          if (!field || !parent || costArguments(parent, field).includes(argument.name.value)) collect(argument);
        },
      }),
    );
  }
  return [...used].sort();
}

/**
 * operationCost, computed once per schema, document, operation and the values of its cost
 * variables: the cost is a pure function of them. Walking the document was ~6 % of the gateway's
 * CPU for a staff dashboard whose variables (the month) are the same for everyone, and ~8 % for a
 * diary write whose input is new every time. Apollo Server hands the same parsed document to every
 * request of the same query text, so an operation asked again with the same cost variables is priced
 * from here; a cost that could not be computed (variables of the wrong type) is not kept.
 */
export function rememberedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string | null,
): number {
  let documents = remembered.get(schema);
  if (!documents) remembered.set(schema, (documents = new WeakMap()));
  let kept = documents.get(document);
  if (!kept) documents.set(document, (kept = { variables: new Map(), costs: new LRUCache({ max: REMEMBERED.perDocument }) }));
  let names = kept.variables.get(operationName ?? '');
  if (!names) kept.variables.set(operationName ?? '', (names = costVariables(schema, document, operationName)));
  // A variable left out (its default) is told apart from one sent as null.
  const key = `${operationName ?? ''}\n${JSON.stringify(names.map((name) => (variables && name in variables ? [variables[name]] : [])))}`;
  if (key.length > REMEMBERED.keyLength) return operationCost(schema, document, variables, operationName);
  let cost = kept.costs.get(key);
  if (cost === undefined) kept.costs.set(key, (cost = operationCost(schema, document, variables, operationName)));
  return cost;
}

export const OPERATION_TOO_COSTLY = 'OPERATION_TOO_COSTLY';

/**
 * Refuses, before planning, an operation that costs more than `maxCost`, with a code that says
 * what to do: smaller pages, a narrower date range, or fewer expensive fields at once.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = rememberedOperationCost(schema, document, request.variables, request.operationName);
          } catch (error) {
            // Variables that do not fit their types: the same verdict execution would give.
            throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } });
          }
          if (cost > maxCost)
            throw new GraphQLError(said.tooCostly({ cost: formatNumber(Math.ceil(cost)), max: formatNumber(maxCost) }), {
              extensions: { code: OPERATION_TOO_COSTLY, cost: Math.ceil(cost), maxCost },
            });
        },
      };
    },
  };
}
