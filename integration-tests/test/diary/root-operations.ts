import type { DocumentNode } from 'graphql';
import { graphql } from '../../src/graphql/index.js';

/** Real ids to aim at, so that only the caller (never a missing record) can be the reason for a refusal. */
export interface Targets {
  entryId: string;
  employeeId: string;
  agencyId: string;
  workItemId: string;
  assignmentId: string;
  leaveId: string;
}

export interface Operation {
  query: DocumentNode;
  variables?: Record<string, unknown>;
}

/**
 * One well-formed call of every root query and mutation of the diary, keyed by field name. The
 * e2e test checks the keys against the subgraph's schema: a root field added without a line here
 * fails it, so none escapes the "integration clients: intake only" check.
 */
export function rootOperations(t: Targets): Record<string, Operation> {
  const range = { employeeId: t.employeeId, from: '2026-11-01', to: '2026-11-30' };
  return {
    // Queries
    reviewQueue: {
      query: graphql(`
        query RootOperationsReviewQueue {
          reviewQueue {
            id
          }
        }
      `),
    },
    workingCalendar: {
      query: graphql(`
        query RootOperationsWorkingCalendar {
          workingCalendar(from: "2026-11-01", to: "2026-11-30") {
            day
          }
        }
      `),
    },
    diaryPolicies: {
      query: graphql(`
        query RootOperationsDiaryPolicies {
          diaryPolicies {
            id
          }
        }
      `),
    },
    diaryPolicy: {
      query: graphql(`
        query RootOperationsDiaryPolicy {
          diaryPolicy(on: "2026-11-20") {
            closeDay
          }
        }
      `),
    },
    diaryPeriodReopenings: {
      query: graphql(`
        query RootOperationsDiaryPeriodReopenings {
          diaryPeriodReopenings(month: "2026-09-01") {
            id
          }
        }
      `),
    },
    diaryAudit: {
      query: graphql(`
        query RootOperationsDiaryAudit($id: ID) {
          diaryAudit(entryId: $id) {
            id
          }
        }
      `),
      variables: { id: t.entryId },
    },
    workItemMappings: {
      query: graphql(`
        query RootOperationsWorkItemMappings {
          workItemMappings(client: "client:eoffice") {
            id
          }
        }
      `),
    },
    assignment: {
      query: graphql(`
        query RootOperationsAssignment($id: ID!) {
          assignment(id: $id) {
            id
          }
        }
      `),
      variables: { id: t.assignmentId },
    },
    me: {
      query: graphql(`
        query RootOperationsMe {
          me {
            id
          }
        }
      `),
    },
    myAssignments: {
      query: graphql(`
        query RootOperationsMyAssignments {
          myAssignments {
            id
          }
        }
      `),
    },
    assignmentsGiven: {
      query: graphql(`
        query RootOperationsAssignmentsGiven {
          assignmentsGiven {
            id
          }
        }
      `),
    },
    assignmentsToReview: {
      query: graphql(`
        query RootOperationsAssignmentsToReview {
          assignmentsToReview {
            id
          }
        }
      `),
    },
    scoringFacts: {
      query: graphql(`
        query RootOperationsScoringFacts($r: [ScoringFactsRange!]!) {
          scoringFacts(ranges: $r) {
            workingDays
          }
        }
      `),
      variables: { r: [range] },
    },
    packedScoringFacts: {
      query: graphql(`
        query RootOperationsPackedScoringFacts($r: [ScoringFactsRange!]!) {
          packedScoringFacts(ranges: $r) {
            workingDays
          }
        }
      `),
      variables: { r: [range] },
    },
    // Mutations
    recordDiaryEntry: {
      query: graphql(`
        mutation RootOperationsRecordDiaryEntry($input: RecordDiaryEntryInput!) {
          recordDiaryEntry(input: $input) {
            entry {
              id
            }
          }
        }
      `),
      variables: {
        input: {
          employeeId: t.employeeId,
          workDate: '2026-11-19',
          workItemId: t.workItemId,
          quantity: 1,
          actualMinutes: 10,
          override: true,
          reason: 'x',
        },
      },
    },
    updateDiaryEntry: {
      query: graphql(`
        mutation RootOperationsUpdateDiaryEntry($id: ID!) {
          updateDiaryEntry(id: $id, input: { quantity: 2 }) {
            entry {
              id
            }
          }
        }
      `),
      variables: { id: t.entryId },
    },
    deleteDiaryEntry: {
      query: graphql(`
        mutation RootOperationsDeleteDiaryEntry($id: ID!) {
          deleteDiaryEntry(id: $id)
        }
      `),
      variables: { id: t.entryId },
    },
    reviewDiaryEntries: {
      query: graphql(`
        mutation RootOperationsReviewDiaryEntries($ids: [ID!]!) {
          reviewDiaryEntries(ids: $ids, decision: APPROVE) {
            id
          }
        }
      `),
      variables: { ids: [t.entryId] },
    },
    setWorkItemMapping: {
      query: graphql(`
        mutation RootOperationsSetWorkItemMapping($input: SetWorkItemMappingInput!) {
          setWorkItemMapping(input: $input) {
            id
          }
        }
      `),
      variables: { input: { client: 'client:eoffice', agencyId: t.agencyId, documentType: 'FAX', workItemId: t.workItemId } },
    },
    setCalendarDay: {
      query: graphql(`
        mutation RootOperationsSetCalendarDay {
          setCalendarDay(day: "2026-11-11", kind: HOLIDAY, name: "x") {
            day
          }
        }
      `),
    },
    recordLeave: {
      query: graphql(`
        mutation RootOperationsRecordLeave($input: RecordLeaveInput!) {
          recordLeave(input: $input) {
            id
          }
        }
      `),
      variables: { input: { employeeId: t.employeeId, fromDate: '2026-11-23', toDate: '2026-11-24', kind: 'ANNUAL' } },
    },
    cancelLeave: {
      query: graphql(`
        mutation RootOperationsCancelLeave($id: ID!) {
          cancelLeave(id: $id) {
            id
          }
        }
      `),
      variables: { id: t.leaveId },
    },
    reopenDiaryPeriod: {
      query: graphql(`
        mutation RootOperationsReopenDiaryPeriod($input: ReopenPeriodInput!) {
          reopenDiaryPeriod(input: $input) {
            id
          }
        }
      `),
      variables: { input: { month: '2026-09-01', until: '2026-12-31T00:00:00Z', reason: 'x' } },
    },
    setDiaryPolicy: {
      query: graphql(`
        mutation RootOperationsSetDiaryPolicy($input: SetDiaryPolicyInput!) {
          setDiaryPolicy(input: $input) {
            id
          }
        }
      `),
      variables: {
        input: {
          effectiveFrom: '2027-01-01',
          closeDay: 20,
          graceDays: 0,
          lateAfterWorkingDays: 1,
          standardDayMinutes: 480,
          farAboveFactor: 2,
          reason: 'x',
        },
      },
    },
    assignWork: {
      query: graphql(`
        mutation RootOperationsAssignWork($input: AssignWorkInput!) {
          assignWork(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: t.employeeId, workItemId: t.workItemId, title: 'x', expectedQuantity: 1, deadline: '2026-11-30' } },
    },
    acceptAssignment: {
      query: graphql(`
        mutation RootOperationsAcceptAssignment($id: ID!) {
          acceptAssignment(id: $id) {
            id
          }
        }
      `),
      variables: { id: t.assignmentId },
    },
    submitAssignment: {
      query: graphql(`
        mutation RootOperationsSubmitAssignment($id: ID!) {
          submitAssignment(id: $id) {
            id
          }
        }
      `),
      variables: { id: t.assignmentId },
    },
    completeAssignment: {
      query: graphql(`
        mutation RootOperationsCompleteAssignment($id: ID!) {
          completeAssignment(id: $id, input: { quality: GOOD }) {
            id
          }
        }
      `),
      variables: { id: t.assignmentId },
    },
    returnAssignment: {
      query: graphql(`
        mutation RootOperationsReturnAssignment($id: ID!) {
          returnAssignment(id: $id, comment: "x") {
            id
          }
        }
      `),
      variables: { id: t.assignmentId },
    },
    cancelAssignment: {
      query: graphql(`
        mutation RootOperationsCancelAssignment($id: ID!) {
          cancelAssignment(id: $id, comment: "x") {
            id
          }
        }
      `),
      variables: { id: t.assignmentId },
    },
    reassignAssignment: {
      query: graphql(`
        mutation RootOperationsReassignAssignment($id: ID!, $lead: ID!) {
          reassignAssignment(id: $id, leadId: $lead) {
            id
          }
        }
      `),
      variables: { id: t.assignmentId, lead: t.employeeId },
    },
    extendAssignmentDeadline: {
      query: graphql(`
        mutation RootOperationsExtendAssignmentDeadline($id: ID!) {
          extendAssignmentDeadline(id: $id, deadline: "2026-12-31", comment: "x") {
            id
          }
        }
      `),
      variables: { id: t.assignmentId },
    },
    importDiaryHistory: {
      query: graphql(`
        mutation RootOperationsImportDiaryHistory {
          importDiaryHistory(format: CSV, content: "ZW1wbG95ZWVfY29kZQo=") {
            applied
          }
        }
      `),
    },
    importAssignmentHistory: {
      query: graphql(`
        mutation RootOperationsImportAssignmentHistory {
          importAssignmentHistory(format: CSV, content: "dGl0bGUK") {
            applied
          }
        }
      `),
    },
    startDiaryHistoryImportJob: {
      query: graphql(`
        mutation RootOperationsStartDiaryHistoryImportJob {
          startDiaryHistoryImportJob(format: CSV, content: "ZW1wbG95ZWVfY29kZQo=") {
            id
          }
        }
      `),
    },
    diaryJob: {
      query: graphql(`
        query RootOperationsDiaryJob {
          diaryJob(id: "00000000-0000-0000-0000-000000000000") {
            id
          }
        }
      `),
    },
    myNotifications: {
      query: graphql(`
        query RootOperationsMyNotifications {
          myNotifications(first: 5) {
            totalCount
          }
        }
      `),
    },
    myNotificationPreferences: {
      query: graphql(`
        query RootOperationsMyNotificationPreferences {
          myNotificationPreferences {
            kind
          }
        }
      `),
    },
    markNotificationsRead: {
      query: graphql(`
        mutation RootOperationsMarkNotificationsRead {
          markNotificationsRead(ids: ["00000000-0000-0000-0000-000000000000"]) {
            id
          }
        }
      `),
    },
    markAllNotificationsRead: {
      query: graphql(`
        mutation RootOperationsMarkAllNotificationsRead {
          markAllNotificationsRead
        }
      `),
    },
    setNotificationPreferences: {
      query: graphql(`
        mutation RootOperationsSetNotificationPreferences {
          setNotificationPreferences(input: [{ kind: MISSING_DIARY, email: false }]) {
            kind
          }
        }
      `),
    },
    startReminderJob: {
      query: graphql(`
        mutation RootOperationsStartReminderJob($agencyId: ID) {
          startReminderJob(agencyId: $agencyId) {
            id
          }
        }
      `),
      variables: { agencyId: t.agencyId },
    },
  };
}
