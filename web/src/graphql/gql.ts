/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WebShell {\n    me {\n      id\n      fullName\n      code\n      access {\n        roles\n      }\n    }\n  }\n": typeof types.WebShellDocument,
    "\n  query WebMonth($from: LocalDate!, $to: LocalDate!, $on: LocalDate!) {\n    diaryPolicy(on: $on) {\n      closeDay\n      graceDays\n      lateAfterWorkingDays\n    }\n    me {\n      id\n      diaryPeriod(from: $from, to: $to) {\n        workingDays\n        missingDays\n        actualMinutes\n        availableStandardMinutes\n        days {\n          date\n          isWorkingDay\n          holiday\n          onLeave\n          missing\n          actualMinutes\n          entries {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebMonthDocument,
    "\n  query WebToday($date: LocalDate!, $recentFrom: LocalDate!, $before: LocalDate!) {\n    me {\n      id\n      fullName\n      loggableWorkItems {\n        id\n        code\n        name\n        standardMinutes\n        current {\n          evidence\n          evidenceRequired\n        }\n      }\n      diaryDay(date: $date) {\n        actualMinutes\n        standardDayMinutes\n        entries {\n          id\n          workItemId\n          quantity\n          actualMinutes\n          source\n          evidenceRef\n          assignmentId\n          status\n        }\n      }\n      recent: diaryEntries(from: $recentFrom, to: $date) {\n        workItemId\n        workDate\n      }\n      earlier: diaryPeriod(from: $recentFrom, to: $before) {\n        days {\n          date\n          isWorkingDay\n          onLeave\n          entries {\n            workItemId\n            quantity\n            actualMinutes\n            assignmentId\n            note\n            evidenceRef\n          }\n        }\n      }\n      assignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {\n        id\n        title\n        workItemId\n        deadline\n      }\n    }\n  }\n": typeof types.WebTodayDocument,
    "\n  mutation WebRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n      }\n      warnings {\n        code\n      }\n    }\n  }\n": typeof types.WebRecordDiaryEntryDocument,
};
const documents: Documents = {
    "\n  query WebShell {\n    me {\n      id\n      fullName\n      code\n      access {\n        roles\n      }\n    }\n  }\n": types.WebShellDocument,
    "\n  query WebMonth($from: LocalDate!, $to: LocalDate!, $on: LocalDate!) {\n    diaryPolicy(on: $on) {\n      closeDay\n      graceDays\n      lateAfterWorkingDays\n    }\n    me {\n      id\n      diaryPeriod(from: $from, to: $to) {\n        workingDays\n        missingDays\n        actualMinutes\n        availableStandardMinutes\n        days {\n          date\n          isWorkingDay\n          holiday\n          onLeave\n          missing\n          actualMinutes\n          entries {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.WebMonthDocument,
    "\n  query WebToday($date: LocalDate!, $recentFrom: LocalDate!, $before: LocalDate!) {\n    me {\n      id\n      fullName\n      loggableWorkItems {\n        id\n        code\n        name\n        standardMinutes\n        current {\n          evidence\n          evidenceRequired\n        }\n      }\n      diaryDay(date: $date) {\n        actualMinutes\n        standardDayMinutes\n        entries {\n          id\n          workItemId\n          quantity\n          actualMinutes\n          source\n          evidenceRef\n          assignmentId\n          status\n        }\n      }\n      recent: diaryEntries(from: $recentFrom, to: $date) {\n        workItemId\n        workDate\n      }\n      earlier: diaryPeriod(from: $recentFrom, to: $before) {\n        days {\n          date\n          isWorkingDay\n          onLeave\n          entries {\n            workItemId\n            quantity\n            actualMinutes\n            assignmentId\n            note\n            evidenceRef\n          }\n        }\n      }\n      assignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {\n        id\n        title\n        workItemId\n        deadline\n      }\n    }\n  }\n": types.WebTodayDocument,
    "\n  mutation WebRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n      }\n      warnings {\n        code\n      }\n    }\n  }\n": types.WebRecordDiaryEntryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebShell {\n    me {\n      id\n      fullName\n      code\n      access {\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebShell {\n    me {\n      id\n      fullName\n      code\n      access {\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebMonth($from: LocalDate!, $to: LocalDate!, $on: LocalDate!) {\n    diaryPolicy(on: $on) {\n      closeDay\n      graceDays\n      lateAfterWorkingDays\n    }\n    me {\n      id\n      diaryPeriod(from: $from, to: $to) {\n        workingDays\n        missingDays\n        actualMinutes\n        availableStandardMinutes\n        days {\n          date\n          isWorkingDay\n          holiday\n          onLeave\n          missing\n          actualMinutes\n          entries {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebMonth($from: LocalDate!, $to: LocalDate!, $on: LocalDate!) {\n    diaryPolicy(on: $on) {\n      closeDay\n      graceDays\n      lateAfterWorkingDays\n    }\n    me {\n      id\n      diaryPeriod(from: $from, to: $to) {\n        workingDays\n        missingDays\n        actualMinutes\n        availableStandardMinutes\n        days {\n          date\n          isWorkingDay\n          holiday\n          onLeave\n          missing\n          actualMinutes\n          entries {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebToday($date: LocalDate!, $recentFrom: LocalDate!, $before: LocalDate!) {\n    me {\n      id\n      fullName\n      loggableWorkItems {\n        id\n        code\n        name\n        standardMinutes\n        current {\n          evidence\n          evidenceRequired\n        }\n      }\n      diaryDay(date: $date) {\n        actualMinutes\n        standardDayMinutes\n        entries {\n          id\n          workItemId\n          quantity\n          actualMinutes\n          source\n          evidenceRef\n          assignmentId\n          status\n        }\n      }\n      recent: diaryEntries(from: $recentFrom, to: $date) {\n        workItemId\n        workDate\n      }\n      earlier: diaryPeriod(from: $recentFrom, to: $before) {\n        days {\n          date\n          isWorkingDay\n          onLeave\n          entries {\n            workItemId\n            quantity\n            actualMinutes\n            assignmentId\n            note\n            evidenceRef\n          }\n        }\n      }\n      assignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {\n        id\n        title\n        workItemId\n        deadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebToday($date: LocalDate!, $recentFrom: LocalDate!, $before: LocalDate!) {\n    me {\n      id\n      fullName\n      loggableWorkItems {\n        id\n        code\n        name\n        standardMinutes\n        current {\n          evidence\n          evidenceRequired\n        }\n      }\n      diaryDay(date: $date) {\n        actualMinutes\n        standardDayMinutes\n        entries {\n          id\n          workItemId\n          quantity\n          actualMinutes\n          source\n          evidenceRef\n          assignmentId\n          status\n        }\n      }\n      recent: diaryEntries(from: $recentFrom, to: $date) {\n        workItemId\n        workDate\n      }\n      earlier: diaryPeriod(from: $recentFrom, to: $before) {\n        days {\n          date\n          isWorkingDay\n          onLeave\n          entries {\n            workItemId\n            quantity\n            actualMinutes\n            assignmentId\n            note\n            evidenceRef\n          }\n        }\n      }\n      assignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {\n        id\n        title\n        workItemId\n        deadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n      }\n      warnings {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n      }\n      warnings {\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;