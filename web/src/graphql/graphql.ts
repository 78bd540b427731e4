/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type DiaryEntryFlag =
  /** Written after its period closed, with an override */
  | 'AFTER_CLOSE'
  /** Claimed minutes far above the item’s standard time × quantity */
  | 'FAR_ABOVE_STANDARD'
  /** Recorded after the declaration deadline for its work date (kê khai sót, declared late) */
  | 'LATE_DECLARATION'
  /** Dated on a weekend, a holiday or a day of leave */
  | 'NON_WORKING_DAY'
  /** The item expects evidence and none was given */
  | 'NO_EVIDENCE'
  /** The day’s recorded time exceeds the standard working day */
  | 'OVER_STANDARD_DAY';

export type RecordDiaryEntryInput = {
  actualMinutes: number;
  assignmentId?: string | null | undefined;
  /** Defaults to the signed-in person; someone else only as an admin override */
  employeeId?: string | null | undefined;
  /** E.g. the E-Office document number */
  evidenceRef?: string | null | undefined;
  note?: string | null | undefined;
  /** Write into a closed month (agency or province admins; audited) */
  override?: boolean | null | undefined;
  quantity: number;
  /** Required with an override */
  reason?: string | null | undefined;
  workDate: string;
  workItemId: string;
};

/** The roles a caller of the graph can hold */
export type Role =
  | 'AGENCY_ADMIN'
  | 'CATALOGUE_ADMIN'
  | 'INTEGRATION_CLIENT'
  | 'PROVINCE_ADMIN'
  | 'PROVINCE_ANALYST'
  | 'SERVICE'
  | 'STAFF'
  | 'UNIT_HEAD';

export type WebShellQueryVariables = Exact<{ [key: string]: never; }>;


export type WebShellQuery = { me: { id: string, fullName: string, code: string, access: { roles: Array<Role> } | null } | null };

export type WebTodayQueryVariables = Exact<{
  date: string;
}>;


export type WebTodayQuery = { me: { id: string, fullName: string, loggableWorkItems: Array<{ id: string, code: string, name: string, standardMinutes: number }>, diaryDay: { actualMinutes: number, standardDayMinutes: number, entries: Array<{ id: string, workItemId: string, quantity: number, actualMinutes: number }> } } | null };

export type WebRecordDiaryEntryMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type WebRecordDiaryEntryMutation = { recordDiaryEntry: { entry: { id: string }, warnings: Array<{ code: DiaryEntryFlag }> } };


export const WebShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<WebShellQuery, WebShellQueryVariables>;
export const WebTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"loggableWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"standardDayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workItemId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebTodayQuery, WebTodayQueryVariables>;
export const WebRecordDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRecordDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebRecordDiaryEntryMutation, WebRecordDiaryEntryMutationVariables>;