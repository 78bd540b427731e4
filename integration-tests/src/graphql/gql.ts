/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  fragment Item on WorkItem {\n    id\n    code\n    versions {\n      id\n      version\n      approval\n      effectiveFrom\n      effectiveTo\n      standardMinutes\n    }\n    pendingVersion {\n      id\n      version\n      approval\n      effectiveFrom\n      standardMinutes\n    }\n    history {\n      action\n      actor\n      reason\n      details\n    }\n  }\n": typeof types.ItemFragmentDoc,
    "\n  mutation ApprovalCreateWorkItemItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      ...Item\n    }\n  }\n": typeof types.ApprovalCreateWorkItemItemDocument,
    "\n  mutation ApprovalReviseWorkItemItem($id: ID!, $input: ReviseWorkItemInput!) {\n    reviseWorkItem(id: $id, input: $input) {\n      ...Item\n    }\n  }\n": typeof types.ApprovalReviseWorkItemItemDocument,
    "\n  mutation ApprovalApproveWorkItemVersionItem($id: ID!, $reason: String) {\n    approveWorkItemVersion(id: $id, reason: $reason) {\n      ...Item\n    }\n  }\n": typeof types.ApprovalApproveWorkItemVersionItemDocument,
    "\n  mutation ApprovalRejectWorkItemVersionItem($id: ID!, $reason: String!) {\n    rejectWorkItemVersion(id: $id, reason: $reason) {\n      ...Item\n    }\n  }\n": typeof types.ApprovalRejectWorkItemVersionItemDocument,
    "\n  mutation ApprovalRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        standardMinutes\n        workItemVersion\n      }\n    }\n  }\n": typeof types.ApprovalRecordDiaryEntryDocument,
    "\n      query ApprovalMe {\n        me {\n          loggableWorkItems {\n            code\n          }\n          position {\n            workItems {\n              code\n            }\n          }\n        }\n      }\n    ": typeof types.ApprovalMeDocument,
    "\n        query ApprovalWorkItemByCode {\n          workItemByCode(code: \"C-SNV-001\") {\n            versions {\n              approval\n            }\n            pendingVersion {\n              id\n            }\n          }\n        }\n      ": typeof types.ApprovalWorkItemByCodeDocument,
    "\n        mutation ApprovalSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n          setPositionWorkItems(positionId: $positionId, workItemIds: $ids) {\n            code\n          }\n        }\n      ": typeof types.ApprovalSetPositionWorkItemsDocument,
    "\n        query ApprovalWorkItem($id: ID!) {\n          workItem(id: $id) {\n            asOf(date: \"2026-11-18\") {\n              version\n            }\n          }\n        }\n      ": typeof types.ApprovalWorkItemDocument,
    "\n        query ApprovalWorkItemsAwaitingApproval($agency: ID!) {\n          workItemsAwaitingApproval(ownerAgencyId: $agency) {\n            code\n            name\n            pendingVersion {\n              id\n            }\n          }\n        }\n      ": typeof types.ApprovalWorkItemsAwaitingApprovalDocument,
    "\n        mutation ApprovalImportCatalogue($content: String!, $agency: ID!) {\n          importCatalogue(format: CSV, content: $content, effectiveFrom: \"2026-11-01\", dryRun: false, ownerAgencyId: $agency) {\n            applied\n            created\n          }\n        }\n      ": typeof types.ApprovalImportCatalogueDocument,
    "\n        query ApprovalWorkItemByCode2 {\n          workItemByCode(code: \"C-SNV-961\") {\n            id\n            versions {\n              id\n            }\n            pendingVersion {\n              id\n            }\n          }\n        }\n      ": typeof types.ApprovalWorkItemByCode2Document,
    "\n        mutation ApprovalRetireWorkItem($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-11-15\", reason: \"Gộp vào C-SNV-960\" }) {\n            status\n          }\n        }\n      ": typeof types.ApprovalRetireWorkItemDocument,
    "\n        query CatalogueMe {\n          me {\n            fullName\n            position {\n              title\n              isLeadership\n              workItems {\n                code\n                group\n              }\n            }\n            loggableWorkItems {\n              code\n            }\n          }\n        }\n      ": typeof types.CatalogueMeDocument,
    "\n        query CatalogueMe2 {\n          me {\n            position {\n              isLeadership\n              workItems {\n                code\n                group\n              }\n            }\n          }\n        }\n      ": typeof types.CatalogueMe2Document,
    "\n        query CatalogueAgencyByCode {\n          agencyByCode(code: \"SNV\") {\n            name\n            sectorCodes\n            sectors {\n              code\n            }\n            ownedSectors {\n              code\n            }\n            ownWorkItems {\n              code\n              group\n            }\n          }\n        }\n      ": typeof types.CatalogueAgencyByCodeDocument,
    "\n        query CatalogueWorkItem($id: ID!) {\n          workItem(id: $id) {\n            standardMinutes\n            before: asOf(date: \"2025-06-30\") {\n              version\n              standardMinutes\n              effectiveTo\n            }\n            after: asOf(date: \"2025-07-01\") {\n              version\n              standardMinutes\n            }\n            ancient: asOf(date: \"2024-12-31\") {\n              version\n            }\n            versions {\n              version\n            }\n          }\n        }\n      ": typeof types.CatalogueWorkItemDocument,
    "\n          query CatalogueWorkItemByCode {\n            workItemByCode(code: \"B-001\") {\n              code\n              name\n              unit\n            }\n          }\n        ": typeof types.CatalogueWorkItemByCodeDocument,
    "\n        query CatalogueWorkItems {\n          workItems(first: 100, filter: { sectorCode: \"FINANCE\", group: D }) {\n            totalCount\n            nodes {\n              code\n              sector {\n                code\n              }\n              group\n            }\n          }\n        }\n      ": typeof types.CatalogueWorkItemsDocument,
    "\n        query CatalogueWorkItems2 {\n          workItems(filter: { search: \"van ban\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.CatalogueWorkItems2Document,
    "\n    mutation CatalogueCreateWorkItem($input: CreateWorkItemInput!) {\n      createWorkItem(input: $input) {\n        code\n        group\n        ownerAgency {\n          id\n        }\n        current {\n          version\n          standardMinutes\n          coefficient\n          effectiveFrom\n        }\n        history {\n          action\n          actor\n          reason\n        }\n      }\n    }\n  ": typeof types.CatalogueCreateWorkItemDocument,
    "\n            mutation CatalogueRetireWorkItem($id: ID!) {\n              retireWorkItem(id: $id, input: { effectiveFrom: \"2026-02-01\" }) {\n                code\n              }\n            }\n          ": typeof types.CatalogueRetireWorkItemDocument,
    "\n      mutation CatalogueReviseWorkItem($id: ID!, $input: ReviseWorkItemInput!) {\n        reviseWorkItem(id: $id, input: $input) {\n          versions {\n            version\n            effectiveFrom\n            effectiveTo\n            standardMinutes\n            coefficient\n            name\n          }\n        }\n      }\n    ": typeof types.CatalogueReviseWorkItemDocument,
    "\n        mutation CatalogueRetireWorkItem2($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-03-01\", reason: \"Gộp vào B-002\" }) {\n            status\n            retiredFrom\n            asOf(date: \"2026-02-28\") {\n              version\n            }\n            after: asOf(date: \"2026-03-01\") {\n              version\n            }\n          }\n        }\n      ": typeof types.CatalogueRetireWorkItem2Document,
    "\n            mutation CatalogueReviseWorkItem2($id: ID!) {\n              reviseWorkItem(id: $id, input: { effectiveFrom: \"2026-04-01\", coefficient: 1 }) {\n                code\n              }\n            }\n          ": typeof types.CatalogueReviseWorkItem2Document,
    "\n    mutation CatalogueSetSectorKpiStandard($input: SetSectorKpiStandardInput!) {\n      setSectorKpiStandard(input: $input) {\n        positionCategory\n        effectiveFrom\n        expectedMinutesPerMonth\n        weights {\n          quantity\n          overdue\n        }\n      }\n    }\n  ": typeof types.CatalogueSetSectorKpiStandardDocument,
    "\n        query CatalogueSectorByCode {\n          sectorByCode(code: \"HEALTH\") {\n            kpiStandards(on: \"2026-01-15\") {\n              positionCategory\n              expectedMinutesPerMonth\n            }\n          }\n        }\n      ": typeof types.CatalogueSectorByCodeDocument,
    "\n    mutation CatalogueSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n      setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: \"Rà soát bản mô tả công việc\") {\n        code\n      }\n    }\n  ": typeof types.CatalogueSetPositionWorkItemsDocument,
    "\n        query CatalogueJobPosition($id: ID!) {\n          jobPosition(id: $id) {\n            workItems {\n              code\n            }\n          }\n        }\n      ": typeof types.CatalogueJobPositionDocument,
    "\n    mutation CatalogueRequestCatalogueChange($input: RequestCatalogueChangeInput!) {\n      requestCatalogueChange(input: $input) {\n        id\n        status\n        sector {\n          code\n        }\n      }\n    }\n  ": typeof types.CatalogueRequestCatalogueChangeDocument,
    "\n    mutation CatalogueDecideCatalogueChange($input: DecideChangeRequestInput!) {\n      decideCatalogueChange(input: $input) {\n        status\n        decisionNote\n        workItem {\n          code\n          asOf(date: \"2026-05-01\") {\n            standardMinutes\n          }\n        }\n        history {\n          action\n        }\n      }\n    }\n  ": typeof types.CatalogueDecideCatalogueChangeDocument,
    "\n        query CatalogueCatalogueChangeRequests {\n          catalogueChangeRequests(status: PENDING) {\n            id\n          }\n        }\n      ": typeof types.CatalogueCatalogueChangeRequestsDocument,
    "\n        query CatalogueWorkItemByCode2 {\n          workItemByCode(code: \"B-010\") {\n            status\n          }\n        }\n      ": typeof types.CatalogueWorkItemByCode2Document,
    "\n    mutation CatalogueImportCatalogue($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $from: LocalDate!) {\n      importCatalogue(format: $format, content: $content, dryRun: $dryRun, effectiveFrom: $from) {\n        applied\n        created\n        revised\n        unchanged\n        invalid\n        rows {\n          row\n          code\n          action\n          errors\n        }\n      }\n    }\n  ": typeof types.CatalogueImportCatalogueDocument,
    "\n      mutation CatalogueStartImportJob($content: String!, $from: LocalDate!) {\n        startCatalogueImportJob(format: CSV, content: $content, effectiveFrom: $from) {\n          id\n          kind\n          scope\n          state\n        }\n      }\n    ": typeof types.CatalogueStartImportJobDocument,
    "\n      query CatalogueImportJob($id: ID!) {\n        catalogueJob(id: $id) {\n          state\n          attempts\n          summary\n          result\n          errors {\n            code\n          }\n        }\n      }\n    ": typeof types.CatalogueImportJobDocument,
    "\n        query CatalogueExportCatalogue($sectorId: ID!) {\n          exportCatalogue(format: CSV, on: \"2026-09-01\", sectorId: $sectorId) {\n            content\n            rows\n          }\n        }\n      ": typeof types.CatalogueExportCatalogueDocument,
    "\n        query CatalogueExportCatalogue2($sectorId: ID!) {\n          exportCatalogue(format: XLSX, on: \"2026-06-01\", sectorId: $sectorId) {\n            filename\n            encoding\n            content\n            rows\n          }\n        }\n      ": typeof types.CatalogueExportCatalogue2Document,
    "\n        query CatalogueWorkItemByCode3 {\n          workItemByCode(code: \"CUL-001\") {\n            asOf(date: \"2026-06-01\") {\n              name\n              standardMinutes\n            }\n          }\n        }\n      ": typeof types.CatalogueWorkItemByCode3Document,
    "\n        query CatalogueKpiHandbook($id: ID!) {\n          kpiHandbook(agencyId: $id, format: HTML, on: \"2026-01-01\") {\n            filename\n            contentType\n            content\n            rows\n          }\n        }\n      ": typeof types.CatalogueKpiHandbookDocument,
    "\n        query CatalogueKpiHandbook2($id: ID!) {\n          kpiHandbook(agencyId: $id, format: XLSX) {\n            encoding\n            content\n            rows\n          }\n        }\n      ": typeof types.CatalogueKpiHandbook2Document,
    "\n        query CatalogueExportEverything {\n          exportCatalogue(format: XLSX, on: \"2026-06-01\") {\n            content\n            rows\n          }\n        }\n      ": typeof types.CatalogueExportEverythingDocument,
    "\n        query CatalogueHandbookSheet($id: ID!) {\n          kpiHandbook(agencyId: $id, format: XLSX) {\n            content\n          }\n        }\n      ": typeof types.CatalogueHandbookSheetDocument,
    "\n        mutation CatalogueCreateWorkItem2($input: CreateWorkItemInput!) {\n          createWorkItem(input: $input) {\n            code\n          }\n        }\n      ": typeof types.CatalogueCreateWorkItem2Document,
    "\n        query CatalogueNearDuplicateWorkItems {\n          nearDuplicateWorkItems(threshold: 0.8) {\n            a {\n              code\n            }\n            b {\n              code\n            }\n            similarity\n          }\n        }\n      ": typeof types.CatalogueNearDuplicateWorkItemsDocument,
    "\n      query CatalogueWorkItems3($first: Int!) {\n        workItems(first: $first) {\n          nodes {\n            code\n            name\n            standardMinutes\n            sector {\n              code\n              owner {\n                id\n              }\n            }\n            asOf(date: \"2025-03-01\") {\n              coefficient\n            }\n            versions {\n              version\n            }\n          }\n        }\n      }\n    ": typeof types.CatalogueWorkItems3Document,
    "\n      query CatalogueEmployees($first: Int!) {\n        employees(first: $first) {\n          nodes {\n            code\n            position {\n              title\n            }\n            loggableWorkItems {\n              code\n            }\n          }\n        }\n      }\n    ": typeof types.CatalogueEmployeesDocument,
    "\n    mutation CatalogueSetProvinceLimits($input: SetProvinceLimitsInput!) {\n      setProvinceLimits(input: $input) {\n        id\n        effectiveFrom\n        effectiveTo\n        coefficientMax\n        recordedBy\n        reason\n      }\n    }\n  ": typeof types.CatalogueSetProvinceLimitsDocument,
    "\n        query CatalogueProvinceLimits {\n          provinceLimits {\n            effectiveFrom\n            effectiveTo\n            coefficientMax\n          }\n        }\n      ": typeof types.CatalogueProvinceLimitsDocument,
    "\n      mutation CatalogueCreateWorkItem3($input: CreateWorkItemInput!) {\n        createWorkItem(input: $input) {\n          code\n        }\n      }\n    ": typeof types.CatalogueCreateWorkItem3Document,
    "\n  query HygieneCatalogueHygiene(\n    $from: LocalDate!\n    $to: LocalDate!\n    $filter: CatalogueHygieneFilter\n    $rarelyBelow: Int\n    $farFactor: Float\n    $minEntries: Int\n  ) {\n    catalogueHygiene(from: $from, to: $to, filter: $filter, rarelyBelow: $rarelyBelow, farFactor: $farFactor, minEntries: $minEntries) {\n      from\n      to\n      itemsInForce\n      minEntries\n      neverUsed {\n        code\n      }\n      rarelyUsed {\n        workItem {\n          code\n        }\n        entries\n        employees\n      }\n      farFromStandard {\n        workItem {\n          code\n        }\n        entries\n        actualMinutes\n        standardMinutes\n        actualToStandard\n      }\n    }\n  }\n": typeof types.HygieneCatalogueHygieneDocument,
    "\n        mutation HygieneRetireWorkItem($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-09-01\", reason: \"Không còn phát sinh\" }) {\n            status\n          }\n        }\n      ": typeof types.HygieneRetireWorkItemDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    title\n    status\n    deadline\n    effectiveDeadline\n    timeliness\n    workingDaysLate\n    workingDaysLeft\n    expectedQuantity\n    quantityDone\n    quality\n    majorErrors\n    excusedErrors\n    delays\n    excusedDelays\n    lead {\n      id\n      fullName\n    }\n    assigner {\n      id\n    }\n    coOperators {\n      id\n      fullName\n    }\n    workItem {\n      id\n      code\n    }\n    recorded {\n      entries\n      quantity\n    }\n    events {\n      action\n      fromStatus\n      toStatus\n      actor\n      comment\n      details\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  mutation AssignmentsAssign($input: AssignWorkInput!) {\n    assignWork(input: $input) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.AssignmentsAssignDocument,
    "\n    mutation AssignmentsAccept($id: ID!) {\n      result: acceptAssignment(id: $id) {\n        ...AssignmentFields\n      }\n    }\n  ": typeof types.AssignmentsAcceptDocument,
    "\n    mutation AssignmentsSubmit($id: ID!, $submit: SubmitAssignmentInput) {\n      result: submitAssignment(id: $id, input: $submit) {\n        ...AssignmentFields\n      }\n    }\n  ": typeof types.AssignmentsSubmitDocument,
    "\n    mutation AssignmentsComplete($id: ID!, $input: CompleteAssignmentInput!) {\n      result: completeAssignment(id: $id, input: $input) {\n        ...AssignmentFields\n      }\n    }\n  ": typeof types.AssignmentsCompleteDocument,
    "\n    mutation AssignmentsReturn($id: ID!, $comment: String!) {\n      result: returnAssignment(id: $id, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  ": typeof types.AssignmentsReturnDocument,
    "\n    mutation AssignmentsCancel($id: ID!, $comment: String!) {\n      result: cancelAssignment(id: $id, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  ": typeof types.AssignmentsCancelDocument,
    "\n    mutation AssignmentsExtend($id: ID!, $deadline: LocalDate!, $comment: String!) {\n      result: extendAssignmentDeadline(id: $id, deadline: $deadline, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  ": typeof types.AssignmentsExtendDocument,
    "\n    mutation AssignmentsReassign($id: ID!, $leadId: ID!) {\n      result: reassignAssignment(id: $id, leadId: $leadId) {\n        ...AssignmentFields\n      }\n    }\n  ": typeof types.AssignmentsReassignDocument,
    "\n          query AssignmentsMyAssignments {\n            myAssignments(filter: { role: LEAD }) {\n              id\n            }\n          }\n        ": typeof types.AssignmentsMyAssignmentsDocument,
    "\n          query AssignmentsMyAssignments2 {\n            myAssignments(filter: { role: COOPERATOR }) {\n              id\n            }\n          }\n        ": typeof types.AssignmentsMyAssignments2Document,
    "\n          query AssignmentsMyAssignments3 {\n            myAssignments(filter: { dueWithinWorkingDays: 4 }) {\n              id\n            }\n          }\n        ": typeof types.AssignmentsMyAssignments3Document,
    "\n        mutation AssignmentsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n              assignmentId\n            }\n          }\n        }\n      ": typeof types.AssignmentsRecordDiaryEntryDocument,
    "\n          query AssignmentsAssignmentsToReview {\n            assignmentsToReview {\n              id\n            }\n          }\n        ": typeof types.AssignmentsAssignmentsToReviewDocument,
    "\n          query AssignmentsMyAssignments4 {\n            myAssignments(filter: { role: LEAD }) {\n              id\n            }\n          }\n        ": typeof types.AssignmentsMyAssignments4Document,
    "\n          query AssignmentsMyAssignments5 {\n            myAssignments(filter: { overdue: true }) {\n              id\n              timeliness\n              workingDaysLate\n            }\n          }\n        ": typeof types.AssignmentsMyAssignments5Document,
    "\n        query AssignmentsAgency($unit: ID!, $person: ID!) {\n          agency(id: $unit) {\n            assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n              assigned\n              completed\n              onTime\n              late\n              overdue\n              pending\n              cancelled\n              overdueShare\n            }\n          }\n          employee(id: $person) {\n            assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n              onTime\n              late\n              overdue\n              overdueShare\n            }\n          }\n        }\n      ": typeof types.AssignmentsAgencyDocument,
    "\n            query AssignmentsAgency2($unit: ID!) {\n              agency(id: $unit) {\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  assigned\n                }\n              }\n            }\n          ": typeof types.AssignmentsAgency2Document,
    "\n          mutation AssignmentsRecordDiaryEntry2($input: RecordDiaryEntryInput!) {\n            recordDiaryEntry(input: $input) {\n              entry {\n                id\n              }\n            }\n          }\n        ": typeof types.AssignmentsRecordDiaryEntry2Document,
    "\n        query AssignmentsAgency3($unit: ID!, $person: ID!) {\n          agency(id: $unit) {\n            missingDiaries(from: \"2026-11-01\", to: \"2026-11-30\") {\n              employee {\n                id\n                fullName\n              }\n              days\n              count\n            }\n          }\n          employee(id: $person) {\n            missingDiaryDays(from: \"2026-11-01\", to: \"2026-11-30\")\n          }\n        }\n      ": typeof types.AssignmentsAgency3Document,
    "\n        query AssignmentsAgency4($unit: ID!) {\n          agency(id: $unit) {\n            reminders {\n              kind\n              employee {\n                id\n              }\n              days\n              assignment {\n                id\n                title\n              }\n              dueOn\n              message\n            }\n          }\n        }\n      ": typeof types.AssignmentsAgency4Document,
    "\n          query AssignmentsEmployees($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                id\n                assignments {\n                  id\n                  lead {\n                    id\n                  }\n                  events {\n                    action\n                  }\n                  recorded {\n                    entries\n                  }\n                  timeliness\n                }\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  overdueShare\n                }\n              }\n            }\n          }\n        ": typeof types.AssignmentsEmployeesDocument,
    "\n          query AssignmentsAgencies($first: Int!) {\n            agencies(first: $first) {\n              nodes {\n                id\n                missingDiaries(from: \"2026-11-01\", to: \"2026-11-19\") {\n                  count\n                }\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  assigned\n                }\n              }\n            }\n          }\n        ": typeof types.AssignmentsAgenciesDocument,
    "\n  mutation DiaryRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        workDate\n        status\n        standardMinutes\n        coefficient\n        workItemVersion\n        quantity\n        actualMinutes\n        workPoints\n        flags\n        workItem {\n          id\n        }\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DiaryRecordDiaryEntryDocument,
    "\n        query DiaryMe {\n          me {\n            diaryDay(date: \"2026-11-19\") {\n              isWorkingDay\n              actualMinutes\n              earnedStandardMinutes\n              standardDayMinutes\n              entries {\n                id\n              }\n              warnings\n              missing\n            }\n          }\n        }\n      ": typeof types.DiaryMeDocument,
    "\n        query DiaryMe2 {\n          me {\n            diaryDay(date: \"2026-11-18\") {\n              actualMinutes\n              warnings\n            }\n          }\n        }\n      ": typeof types.DiaryMe2Document,
    "\n      mutation DiaryCorrectEntry($id: ID!, $input: UpdateDiaryEntryInput!) {\n        updateDiaryEntry(id: $id, input: $input) {\n          entry {\n            actualMinutes\n          }\n        }\n      }\n    ": typeof types.DiaryCorrectEntryDocument,
    "\n        mutation DiaryRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      ": typeof types.DiaryRecordLeaveDocument,
    "\n        query DiaryMe3 {\n          me {\n            diaryPeriod(from: \"2026-11-09\", to: \"2026-11-20\") {\n              workingDays\n              daysOnLeave\n              missingDays\n              availableStandardMinutes\n              actualMinutes\n              daysOverStandard\n            }\n          }\n        }\n      ": typeof types.DiaryMe3Document,
    "\n      query DiaryYearOfEntries($from: LocalDate!, $to: LocalDate!) {\n        me {\n          diaryEntries(from: $from, to: $to) {\n            id\n          }\n        }\n      }\n    ": typeof types.DiaryYearOfEntriesDocument,
    "\n      query DiaryEmployee($id: ID!) {\n        employee(id: $id) {\n          diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\") {\n            id\n          }\n        }\n      }\n    ": typeof types.DiaryEmployeeDocument,
    "\n          query DiaryWorkingCalendar {\n            workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n              day\n            }\n          }\n        ": typeof types.DiaryWorkingCalendarDocument,
    "\n        query DiaryWorkItemByCode($code: String!) {\n          workItemByCode(code: $code) {\n            code\n            standardMinutes\n            usage(from: \"2026-10-21\", to: \"2026-11-20\") {\n              entries\n              employees\n              actualToStandard\n            }\n          }\n        }\n      ": typeof types.DiaryWorkItemByCodeDocument,
    "\n        query DiaryReviewQueue {\n          reviewQueue(first: 200) {\n            id\n            flags\n            status\n            employee {\n              id\n            }\n          }\n        }\n      ": typeof types.DiaryReviewQueueDocument,
    "\n        mutation DiaryReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            status\n          }\n        }\n      ": typeof types.DiaryReviewDiaryEntriesDocument,
    "\n            mutation DiaryReviewDiaryEntries2($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n                status\n              }\n            }\n          ": typeof types.DiaryReviewDiaryEntries2Document,
    "\n            mutation DiaryReviewDiaryEntries3($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: RETURN) {\n                status\n              }\n            }\n          ": typeof types.DiaryReviewDiaryEntries3Document,
    "\n            mutation DiaryReviewDiaryEntries4($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n                status\n              }\n            }\n          ": typeof types.DiaryReviewDiaryEntries4Document,
    "\n          query DiaryReviewQueue2 {\n            reviewQueue {\n              id\n            }\n          }\n        ": typeof types.DiaryReviewQueue2Document,
    "\n    mutation DiaryRecordWorkEvents($events: [WorkEventInput!]!) {\n      recordWorkEvents(events: $events) {\n        externalId\n        status\n        entryId\n        reason\n        code\n        flags\n      }\n    }\n  ": typeof types.DiaryRecordWorkEventsDocument,
    "\n      mutation DiarySetWorkItemMapping($input: SetWorkItemMappingInput!) {\n        setWorkItemMapping(input: $input) {\n          agencyId\n          documentType\n          workItem {\n            id\n          }\n        }\n      }\n    ": typeof types.DiarySetWorkItemMappingDocument,
    "\n      query DiaryWorkItemMappings {\n        workItemMappings(client: \"client:eoffice\") {\n          agencyId\n          documentType\n        }\n      }\n    ": typeof types.DiaryWorkItemMappingsDocument,
    "\n          query DiaryWorkItemByCode2 {\n            workItemByCode(code: \"B-001\") {\n              code\n            }\n          }\n        ": typeof types.DiaryWorkItemByCode2Document,
    "\n      mutation DiaryReviewDiaryEntries5($ids: [ID!]!) {\n        reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n          id\n          reviewedAt\n        }\n      }\n    ": typeof types.DiaryReviewDiaryEntries5Document,
    "\n      query DiaryEmployee2($id: ID!, $cut: DateTimeISO!) {\n        employee(id: $id) {\n          diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\", approvedBefore: $cut) {\n            id\n            status\n          }\n        }\n      }\n    ": typeof types.DiaryEmployee2Document,
    "\n          query DiaryEmployee3($id: ID!, $cut: DateTimeISO!) {\n            employee(id: $id) {\n              diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\", status: RETURNED, approvedBefore: $cut) {\n                id\n              }\n            }\n          }\n        ": typeof types.DiaryEmployee3Document,
    "\n      query DiaryEmployees($first: Int!) {\n        employees(first: $first) {\n          nodes {\n            code\n            diaryPeriod(from: \"2026-10-21\", to: \"2026-11-20\") {\n              workPoints\n              missingDays\n              days {\n                actualMinutes\n              }\n            }\n            leaves(from: \"2026-10-21\", to: \"2026-11-20\") {\n              fromDate\n            }\n          }\n        }\n      }\n    ": typeof types.DiaryEmployeesDocument,
    "\n  mutation HistoryImport($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {\n    importDiaryHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {\n      applied\n      dryRun\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        employeeCode\n        action\n        errors\n      }\n    }\n  }\n": typeof types.HistoryImportDocument,
    "\n  mutation HistoryImportAssignments($content: String!, $dryRun: Boolean!) {\n    importAssignmentHistory(format: CSV, content: $content, dryRun: $dryRun) {\n      applied\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        action\n        errors\n      }\n    }\n  }\n": typeof types.HistoryImportAssignmentsDocument,
    "\n  mutation HistoryStartJob($content: String!) {\n    startDiaryHistoryImportJob(format: CSV, content: $content, reason: \"Năm 2026\") {\n      id\n    }\n  }\n": typeof types.HistoryStartJobDocument,
    "\n  query HistoryJob($id: ID!) {\n    diaryJob(id: $id) {\n      state\n      summary\n      result\n    }\n  }\n": typeof types.HistoryJobDocument,
    "\n        query HistoryAssignment($id: ID!) {\n          assignment(id: $id) {\n            imported\n            status\n          }\n        }\n      ": typeof types.HistoryAssignmentDocument,
    "\n        mutation HistoryComputeMarch {\n          computeScoringPeriod(period: \"2026-03\") {\n            status\n          }\n        }\n      ": typeof types.HistoryComputeMarchDocument,
    "\n        query HistoryMyMarch {\n          me {\n            periodScore(period: \"2026-03\") {\n              segments {\n                facts\n                imported {\n                  entries\n                  products\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.HistoryMyMarchDocument,
    "\n  mutation KeptFactsRecord($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        standardMinutes\n      }\n      warnings {\n        code\n      }\n    }\n  }\n": typeof types.KeptFactsRecordDocument,
    "\n  mutation KeptFactsSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n    setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: \"Rà soát bản mô tả công việc\") {\n      id\n    }\n  }\n": typeof types.KeptFactsSetPositionWorkItemsDocument,
    "\n  mutation KeptFactsUpdateJobPosition($id: ID!, $minutes: Int!) {\n    updateJobPosition(id: $id, input: { standardMinutesPerDay: $minutes }) {\n      standardMinutesPerDay\n    }\n  }\n": typeof types.KeptFactsUpdateJobPositionDocument,
    "\n  query KeptFactsStaffPage($from: LocalDate!, $to: LocalDate!) {\n    me {\n      diaryEntries(from: $from, to: $to) {\n        workItem {\n          id\n          code\n          name\n          unit\n        }\n      }\n    }\n    myAssignments {\n      workItem {\n        id\n        name\n      }\n    }\n  }\n": typeof types.KeptFactsStaffPageDocument,
    "\n  query KeptFactsCatalogueItem($id: ID!) {\n    workItem(id: $id) {\n      id\n      code\n      name\n      unit\n    }\n  }\n": typeof types.KeptFactsCatalogueItemDocument,
    "\n    mutation KeptDaysRecordLeave($input: RecordLeaveInput!) {\n      recordLeave(input: $input) {\n        id\n      }\n    }\n  ": typeof types.KeptDaysRecordLeaveDocument,
    "\n    mutation KeptDaysReopenDiaryPeriod($input: ReopenPeriodInput!) {\n      reopenDiaryPeriod(input: $input) {\n        month\n      }\n    }\n  ": typeof types.KeptDaysReopenDiaryPeriodDocument,
    "\n  mutation LockdownRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        flags\n      }\n    }\n  }\n": typeof types.LockdownRecordDiaryEntryDocument,
    "\n    query LockdownDiaryPolicies {\n      diaryPolicies {\n        effectiveFrom\n        effectiveTo\n        closeDay\n        graceDays\n        lateAfterWorkingDays\n        standardDayMinutes\n        farAboveFactor\n      }\n      diaryPolicy(on: \"2026-12-15\") {\n        closeDay\n      }\n    }\n  ": typeof types.LockdownDiaryPoliciesDocument,
    "\n    mutation LockdownSetDiaryPolicy($input: SetDiaryPolicyInput!) {\n      setDiaryPolicy(input: $input) {\n        effectiveFrom\n        effectiveTo\n        closeDay\n      }\n    }\n  ": typeof types.LockdownSetDiaryPolicyDocument,
    "\n    query LockdownDiaryAudit($entryId: ID, $from: DateTimeISO, $to: DateTimeISO, $first: Int) {\n      diaryAudit(entryId: $entryId, from: $from, to: $to, first: $first) {\n        action\n        entryId\n        agencyId\n        reason\n        actor\n        at\n        employee {\n          id\n        }\n      }\n    }\n  ": typeof types.LockdownDiaryAuditDocument,
    "\n        mutation LockdownUpdateDiaryEntry($id: ID!) {\n          updateDiaryEntry(id: $id, input: { quantity: 2, override: true, reason: \"Sửa số lượng\" }) {\n            entry {\n              quantity\n            }\n          }\n        }\n      ": typeof types.LockdownUpdateDiaryEntryDocument,
    "\n        mutation LockdownDeleteDiaryEntry($id: ID!) {\n          deleteDiaryEntry(id: $id, override: true, reason: \"Ghi nhầm người\")\n        }\n      ": typeof types.LockdownDeleteDiaryEntryDocument,
    "\n      mutation LockdownReopenDiaryPeriod($input: ReopenPeriodInput!) {\n        reopenDiaryPeriod(input: $input) {\n          month\n          agencyId\n          until\n        }\n      }\n    ": typeof types.LockdownReopenDiaryPeriodDocument,
    "\n      query LockdownDiaryPeriodReopenings {\n        diaryPeriodReopenings(month: \"2026-09-30\") {\n          month\n          agencyId\n          reopenedBy\n          reason\n        }\n      }\n    ": typeof types.LockdownDiaryPeriodReopeningsDocument,
    "\n    query LockdownMe {\n      me {\n        missingDiaryDays(from: \"2026-11-02\", to: \"2026-11-08\")\n        holiday: diaryDay(date: \"2026-11-04\") {\n          isWorkingDay\n          holiday\n          missing\n        }\n        saturday: diaryDay(date: \"2026-11-07\") {\n          isWorkingDay\n          missing\n        }\n        diaryPeriod(from: \"2026-11-02\", to: \"2026-11-08\") {\n          workingDays\n          availableStandardMinutes\n        }\n      }\n    }\n  ": typeof types.LockdownMeDocument,
    "\n    mutation LockdownSetCalendarDay($day: LocalDate!, $kind: CalendarDayKind, $name: String) {\n      setCalendarDay(day: $day, kind: $kind, name: $name) {\n        day\n        kind\n        name\n      }\n    }\n  ": typeof types.LockdownSetCalendarDayDocument,
    "\n        query LockdownWorkingCalendar {\n          workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n            day\n            kind\n          }\n        }\n      ": typeof types.LockdownWorkingCalendarDocument,
    "\n        query LockdownDiaryAudit2 {\n          diaryAudit(first: 5) {\n            action\n          }\n        }\n      ": typeof types.LockdownDiaryAudit2Document,
    "\n    query LockdownEmployee($id: ID!) {\n      employee(id: $id) {\n        leaves(from: \"2026-11-01\", to: \"2026-11-30\") {\n          id\n          fromDate\n          toDate\n          kind\n        }\n        missingDiaryDays(from: \"2026-11-09\", to: \"2026-11-11\")\n      }\n    }\n  ": typeof types.LockdownEmployeeDocument,
    "\n    mutation LockdownCancelLeave($id: ID!, $reason: String) {\n      cancelLeave(id: $id, reason: $reason) {\n        id\n        fromDate\n      }\n    }\n  ": typeof types.LockdownCancelLeaveDocument,
    "\n        mutation LockdownRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      ": typeof types.LockdownRecordLeaveDocument,
    "\n        query LockdownDiaryAudit3 {\n          diaryAudit(first: 10) {\n            action\n            reason\n            details\n            employee {\n              id\n            }\n          }\n        }\n      ": typeof types.LockdownDiaryAudit3Document,
    "\n  mutation RemindersStart($agencyId: ID) {\n    startReminderJob(agencyId: $agencyId) {\n      id\n      kind\n      scope\n      state\n    }\n  }\n": typeof types.RemindersStartDocument,
    "\n  query RemindersJob($id: ID!) {\n    diaryJob(id: $id) {\n      id\n      state\n      summary\n      result\n      attempts\n      errors {\n        code\n        attempt\n      }\n    }\n  }\n": typeof types.RemindersJobDocument,
    "\n  query RemindersMine($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        subject\n        concernsOn\n        days\n        dueOn\n        message\n        messageEn\n        readAt\n        emailedAt\n        assignment {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.RemindersMineDocument,
    "\n  mutation RemindersPreferences($input: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(input: $input) {\n      kind\n      email\n      inApp\n    }\n  }\n": typeof types.RemindersPreferencesDocument,
    "\n  mutation RemindersMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.RemindersMarkDocument,
    "\n        mutation RemindersAssign($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RemindersAssignDocument,
    "\n        query RootOperationsReviewQueue {\n          reviewQueue {\n            id\n          }\n        }\n      ": typeof types.RootOperationsReviewQueueDocument,
    "\n        query RootOperationsWorkingCalendar {\n          workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n            day\n          }\n        }\n      ": typeof types.RootOperationsWorkingCalendarDocument,
    "\n        query RootOperationsDiaryPolicies {\n          diaryPolicies {\n            id\n          }\n        }\n      ": typeof types.RootOperationsDiaryPoliciesDocument,
    "\n        query RootOperationsDiaryPolicy {\n          diaryPolicy(on: \"2026-11-20\") {\n            closeDay\n          }\n        }\n      ": typeof types.RootOperationsDiaryPolicyDocument,
    "\n        query RootOperationsDiaryPeriodReopenings {\n          diaryPeriodReopenings(month: \"2026-09-01\") {\n            id\n          }\n        }\n      ": typeof types.RootOperationsDiaryPeriodReopeningsDocument,
    "\n        query RootOperationsDiaryAudit($id: ID) {\n          diaryAudit(entryId: $id) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsDiaryAuditDocument,
    "\n        query RootOperationsWorkItemMappings {\n          workItemMappings(client: \"client:eoffice\") {\n            id\n          }\n        }\n      ": typeof types.RootOperationsWorkItemMappingsDocument,
    "\n        query RootOperationsAssignment($id: ID!) {\n          assignment(id: $id) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsAssignmentDocument,
    "\n        query RootOperationsMe {\n          me {\n            id\n          }\n        }\n      ": typeof types.RootOperationsMeDocument,
    "\n        query RootOperationsMyAssignments {\n          myAssignments {\n            id\n          }\n        }\n      ": typeof types.RootOperationsMyAssignmentsDocument,
    "\n        query RootOperationsAssignmentsGiven {\n          assignmentsGiven {\n            id\n          }\n        }\n      ": typeof types.RootOperationsAssignmentsGivenDocument,
    "\n        query RootOperationsAssignmentsToReview {\n          assignmentsToReview {\n            id\n          }\n        }\n      ": typeof types.RootOperationsAssignmentsToReviewDocument,
    "\n        query RootOperationsScoringFacts($r: [ScoringFactsRange!]!) {\n          scoringFacts(ranges: $r) {\n            workingDays\n          }\n        }\n      ": typeof types.RootOperationsScoringFactsDocument,
    "\n        query RootOperationsPackedScoringFacts($r: [ScoringFactsRange!]!) {\n          packedScoringFacts(ranges: $r) {\n            workingDays\n          }\n        }\n      ": typeof types.RootOperationsPackedScoringFactsDocument,
    "\n        mutation RootOperationsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n            }\n          }\n        }\n      ": typeof types.RootOperationsRecordDiaryEntryDocument,
    "\n        mutation RootOperationsUpdateDiaryEntry($id: ID!) {\n          updateDiaryEntry(id: $id, input: { quantity: 2 }) {\n            entry {\n              id\n            }\n          }\n        }\n      ": typeof types.RootOperationsUpdateDiaryEntryDocument,
    "\n        mutation RootOperationsDeleteDiaryEntry($id: ID!) {\n          deleteDiaryEntry(id: $id)\n        }\n      ": typeof types.RootOperationsDeleteDiaryEntryDocument,
    "\n        mutation RootOperationsReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsReviewDiaryEntriesDocument,
    "\n        mutation RootOperationsSetWorkItemMapping($input: SetWorkItemMappingInput!) {\n          setWorkItemMapping(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsSetWorkItemMappingDocument,
    "\n        mutation RootOperationsSetCalendarDay {\n          setCalendarDay(day: \"2026-11-11\", kind: HOLIDAY, name: \"x\") {\n            day\n          }\n        }\n      ": typeof types.RootOperationsSetCalendarDayDocument,
    "\n        mutation RootOperationsRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsRecordLeaveDocument,
    "\n        mutation RootOperationsCancelLeave($id: ID!) {\n          cancelLeave(id: $id) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsCancelLeaveDocument,
    "\n        mutation RootOperationsReopenDiaryPeriod($input: ReopenPeriodInput!) {\n          reopenDiaryPeriod(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsReopenDiaryPeriodDocument,
    "\n        mutation RootOperationsSetDiaryPolicy($input: SetDiaryPolicyInput!) {\n          setDiaryPolicy(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsSetDiaryPolicyDocument,
    "\n        mutation RootOperationsAssignWork($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsAssignWorkDocument,
    "\n        mutation RootOperationsAcceptAssignment($id: ID!) {\n          acceptAssignment(id: $id) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsAcceptAssignmentDocument,
    "\n        mutation RootOperationsSubmitAssignment($id: ID!) {\n          submitAssignment(id: $id) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsSubmitAssignmentDocument,
    "\n        mutation RootOperationsCompleteAssignment($id: ID!) {\n          completeAssignment(id: $id, input: { quality: GOOD }) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsCompleteAssignmentDocument,
    "\n        mutation RootOperationsReturnAssignment($id: ID!) {\n          returnAssignment(id: $id, comment: \"x\") {\n            id\n          }\n        }\n      ": typeof types.RootOperationsReturnAssignmentDocument,
    "\n        mutation RootOperationsCancelAssignment($id: ID!) {\n          cancelAssignment(id: $id, comment: \"x\") {\n            id\n          }\n        }\n      ": typeof types.RootOperationsCancelAssignmentDocument,
    "\n        mutation RootOperationsReassignAssignment($id: ID!, $lead: ID!) {\n          reassignAssignment(id: $id, leadId: $lead) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsReassignAssignmentDocument,
    "\n        mutation RootOperationsExtendAssignmentDeadline($id: ID!) {\n          extendAssignmentDeadline(id: $id, deadline: \"2026-12-31\", comment: \"x\") {\n            id\n          }\n        }\n      ": typeof types.RootOperationsExtendAssignmentDeadlineDocument,
    "\n        mutation RootOperationsImportDiaryHistory {\n          importDiaryHistory(format: CSV, content: \"ZW1wbG95ZWVfY29kZQo=\") {\n            applied\n          }\n        }\n      ": typeof types.RootOperationsImportDiaryHistoryDocument,
    "\n        mutation RootOperationsImportAssignmentHistory {\n          importAssignmentHistory(format: CSV, content: \"dGl0bGUK\") {\n            applied\n          }\n        }\n      ": typeof types.RootOperationsImportAssignmentHistoryDocument,
    "\n        mutation RootOperationsStartDiaryHistoryImportJob {\n          startDiaryHistoryImportJob(format: CSV, content: \"ZW1wbG95ZWVfY29kZQo=\") {\n            id\n          }\n        }\n      ": typeof types.RootOperationsStartDiaryHistoryImportJobDocument,
    "\n        query RootOperationsDiaryJob {\n          diaryJob(id: \"00000000-0000-0000-0000-000000000000\") {\n            id\n          }\n        }\n      ": typeof types.RootOperationsDiaryJobDocument,
    "\n        query RootOperationsMyNotifications {\n          myNotifications(first: 5) {\n            totalCount\n          }\n        }\n      ": typeof types.RootOperationsMyNotificationsDocument,
    "\n        query RootOperationsMyNotificationPreferences {\n          myNotificationPreferences {\n            kind\n          }\n        }\n      ": typeof types.RootOperationsMyNotificationPreferencesDocument,
    "\n        mutation RootOperationsMarkNotificationsRead {\n          markNotificationsRead(ids: [\"00000000-0000-0000-0000-000000000000\"]) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsMarkNotificationsReadDocument,
    "\n        mutation RootOperationsMarkAllNotificationsRead {\n          markAllNotificationsRead\n        }\n      ": typeof types.RootOperationsMarkAllNotificationsReadDocument,
    "\n        mutation RootOperationsSetNotificationPreferences {\n          setNotificationPreferences(input: [{ kind: MISSING_DIARY, email: false }]) {\n            kind\n          }\n        }\n      ": typeof types.RootOperationsSetNotificationPreferencesDocument,
    "\n        mutation RootOperationsStartReminderJob($agencyId: ID) {\n          startReminderJob(agencyId: $agencyId) {\n            id\n          }\n        }\n      ": typeof types.RootOperationsStartReminderJobDocument,
    "\n  query ScoringFactsScoringFacts($ranges: [ScoringFactsRange!]!) {\n    scoringFacts(ranges: $ranges) {\n      employeeId\n      from\n      to\n      workingDays\n      leaveDays\n      declaredDays\n      lateDeclarations\n      daysOverStandard\n      farAboveStandardEntries\n      entries\n      approvedEntries\n      approvedActualMinutes\n      items\n      itemGroups\n      packedItemGroups\n      workPoints\n      led\n      coOperated\n    }\n  }\n": typeof types.ScoringFactsScoringFactsDocument,
    "\n  query ScoringFactsWorkPoints($ranges: [ScoringFactsRange!]!) {\n    scoringFacts(ranges: $ranges) {\n      employeeId\n      workPoints\n    }\n  }\n": typeof types.ScoringFactsWorkPointsDocument,
    "\n  mutation ScoringFactsAssignWork($input: AssignWorkInput!) {\n    assignWork(input: $input) {\n      id\n    }\n  }\n": typeof types.ScoringFactsAssignWorkDocument,
    "\n        mutation ScoringFactsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n            }\n          }\n        }\n      ": typeof types.ScoringFactsRecordDiaryEntryDocument,
    "\n        mutation ScoringFactsReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            id\n          }\n        }\n      ": typeof types.ScoringFactsReviewDiaryEntriesDocument,
    "\n        mutation ScoringFactsSubmitAssignment($id: ID!) {\n          submitAssignment(id: $id, input: { quantityDone: 2.5 }) {\n            id\n          }\n        }\n      ": typeof types.ScoringFactsSubmitAssignmentDocument,
    "\n        mutation ScoringFactsCompleteAssignment($id: ID!, $input: CompleteAssignmentInput!) {\n          completeAssignment(id: $id, input: $input) {\n            id\n          }\n        }\n      ": typeof types.ScoringFactsCompleteAssignmentDocument,
    "\n        mutation ScoringFactsRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ScoringFactsRecordLeaveDocument,
    "\n        query ScoringFactsAssignment($id: ID!) {\n          assignment(id: $id) {\n            effectiveDeadline\n            timeliness\n          }\n        }\n      ": typeof types.ScoringFactsAssignmentDocument,
    "\n          query ScoringFactsPacked($ranges: [ScoringFactsRange!]!) {\n            packedScoringFacts(ranges: $ranges) {\n              workingDays\n              leaveDays\n              declaredDays\n              lateDeclarations\n              daysOverStandard\n              farAboveStandardEntries\n              entries\n              approvedEntries\n              approvedActualMinutes\n              importedEntries\n              assignments\n              packedItemGroups\n              workItemIds\n              indexedItemGroups\n              workPoints\n            }\n          }\n        ": typeof types.ScoringFactsPackedDocument,
    "\n          query ScoringFactsObjects($ranges: [ScoringFactsRange!]!) {\n            scoringFacts(ranges: $ranges) {\n              workingDays\n              leaveDays\n              declaredDays\n              lateDeclarations\n              daysOverStandard\n              farAboveStandardEntries\n              entries\n              approvedEntries\n              approvedActualMinutes\n              importedEntries\n              led\n              coOperated\n              packedItemGroups\n              workPoints\n            }\n          }\n        ": typeof types.ScoringFactsObjectsDocument,
    "\n        query ScoringFactsLight($ranges: [ScoringFactsRange!]!) {\n          scoringFacts(ranges: $ranges) {\n            employeeId\n            workingDays\n          }\n        }\n      ": typeof types.ScoringFactsLightDocument,
    "\n  query SelfViewDashboard($from: LocalDate!, $to: LocalDate!) {\n    me {\n      id\n      code\n      fullName\n      staffType\n      position {\n        title\n        category\n        isLeadership\n        standardMinutesPerDay\n      }\n      agency {\n        code\n        name\n      }\n      division {\n        name\n      }\n      diaryPeriod(from: $from, to: $to) {\n        workingDays\n        actualMinutes\n        earnedStandardMinutes\n        workPoints\n        approvedWorkPoints\n        availableStandardMinutes\n        missingDays\n        daysOverStandard\n      }\n      diaryEntries(from: $from, to: $to) {\n        id\n        workDate\n        quantity\n        actualMinutes\n        status\n        workPoints\n        flags\n        workItem {\n          code\n          name\n          unit\n        }\n      }\n      assignmentSummary(from: $from, to: $to) {\n        onTime\n        late\n        overdue\n        overdueShare\n      }\n    }\n    myAssignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {\n      id\n      title\n      deadline\n      effectiveDeadline\n      timeliness\n      workingDaysLeft\n      workItem {\n        name\n      }\n    }\n  }\n": typeof types.SelfViewDashboardDocument,
    "\n    query SelfViewPeriod($from: LocalDate!, $to: LocalDate!) {\n      me {\n        diaryPeriod(from: $from, to: $to) {\n          workingDays\n        }\n      }\n      diaryPolicy(on: $from) {\n        graceDays\n      }\n    }\n  ": typeof types.SelfViewPeriodDocument,
    "\n    query SelfViewPlace {\n      me {\n        position {\n          title\n        }\n        agency {\n          name\n        }\n      }\n    }\n  ": typeof types.SelfViewPlaceDocument,
    "\n  query EducationTeachingLoad($id: ID!, $term: String!) {\n    employee(id: $id) {\n      fullName\n      teachingLoad(term: $term) {\n        role\n        weeklyNorm\n        normSource\n        normPeriods\n        taughtPeriods\n        substitutionPeriods\n        dutyPeriods\n        duties {\n          code\n          periods\n        }\n        totalPeriods\n        balance\n      }\n    }\n  }\n": typeof types.EducationTeachingLoadDocument,
    "\n  query EducationSchoolTotals($id: ID!, $term: String!) {\n    agency(id: $id) {\n      name\n      school {\n        level\n      }\n      teachingTotals(term: $term) {\n        teachers\n        normPeriods\n        taughtPeriods\n        dutyPeriods\n        surplusPeriods\n        deficitPeriods\n      }\n    }\n  }\n": typeof types.EducationSchoolTotalsDocument,
    "\n  query EducationScore($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        workPoints\n        frozen\n        segments {\n          workPoints\n          workSources {\n            provider\n            workPoints\n            lines {\n              code\n              quantity\n              workPoints\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EducationScoreDocument,
    "\n  mutation EducationDeliver($schoolId: ID!, $periods: [TaughtPeriodInput!]!) {\n    recordTaughtPeriods(schoolId: $schoolId, periods: $periods) {\n      externalId\n      outcome\n      code\n    }\n  }\n": typeof types.EducationDeliverDocument,
    "\n  mutation EducationClose($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n": typeof types.EducationCloseDocument,
    "\n      query EducationLoadPage($agencyId: ID!, $first: Int!, $term: String!) {\n        employees(first: $first, filter: { agencyId: $agencyId }) {\n          nodes {\n            teachingLoad(term: $term) {\n              taughtPeriods\n              dutyPeriods\n              balance\n            }\n          }\n        }\n      }\n    ": typeof types.EducationLoadPageDocument,
    "\n  query CostEmployees($first: Int!, $from: LocalDate!, $to: LocalDate!) {\n    employees(first: $first) {\n      nodes {\n        code\n        diaryEntries(from: $from, to: $to) {\n          id\n          workDate\n          quantity\n          workItem {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.CostEmployeesDocument,
    "\n  mutation ClientsRegister($input: RegisterClientInput!) {\n    registerIntegrationClient(input: $input) {\n      secret\n      client {\n        id\n        clientId\n        scopes\n        requestsPerWindow\n        secretHash\n        registeredBy\n      }\n    }\n  }\n": typeof types.ClientsRegisterDocument,
    "\n  mutation ClientsRotate($id: ID!) {\n    rotateIntegrationClientSecret(id: $id) {\n      secret\n    }\n  }\n": typeof types.ClientsRotateDocument,
    "\n  mutation ClientsRevoke($id: ID!, $reason: String!) {\n    revokeIntegrationClient(id: $id, reason: $reason) {\n      revokedAt\n      revokedBy\n    }\n  }\n": typeof types.ClientsRevokeDocument,
    "\n  query ClientsList {\n    integrationClients(includeRevoked: true) {\n      clientId\n      scopes\n      revokedAt\n    }\n  }\n": typeof types.ClientsListDocument,
    "\n  mutation ClientsRestrict($id: ID!, $documents: [String!]!) {\n    setIntegrationClientOperations(id: $id, documents: $documents) {\n      operations {\n        operationId\n        name\n      }\n    }\n  }\n": typeof types.ClientsRestrictDocument,
    "\n  query ClientsIntakeMappings {\n    intakeMappings {\n      client\n      documentType\n      workItemId\n    }\n  }\n": typeof types.ClientsIntakeMappingsDocument,
    "\n  mutation ClientsRecordWorkEvents($events: [WorkEventInput!]!) {\n    recordWorkEvents(events: $events) {\n      status\n      reason\n    }\n  }\n": typeof types.ClientsRecordWorkEventsDocument,
    "\n        query Limits__schema {\n          __schema {\n            types {\n              name\n              fields {\n                name\n                type {\n                  name\n                  kind\n                  ofType {\n                    name\n                    kind\n                    ofType {\n                      name\n                      kind\n                      ofType {\n                        name\n                        kind\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.Limits__SchemaDocument,
    "\n        query LimitsOrgTree {\n          orgTree {\n            code\n            children {\n              code\n            }\n          }\n        }\n      ": typeof types.LimitsOrgTreeDocument,
    "\n  query OpenIdMe {\n    me {\n      code\n      access {\n        roles\n      }\n    }\n  }\n": typeof types.OpenIdMeDocument,
    "\n  query OpenIdGrants {\n    roleGrants {\n      id\n    }\n  }\n": typeof types.OpenIdGrantsDocument,
    "\n  query SignInGrants {\n    roleGrants {\n      id\n    }\n  }\n": typeof types.SignInGrantsDocument,
    "\n  mutation SignInGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n": typeof types.SignInGrantRoleDocument,
    "\n  mutation SignInRevokeRole($id: ID!, $reason: String!) {\n    revokeRole(id: $id, reason: $reason) {\n      revokedAt\n    }\n  }\n": typeof types.SignInRevokeRoleDocument,
    "\n  query SignInEmployee($id: ID!) {\n    employee(id: $id) {\n      code\n    }\n  }\n": typeof types.SignInEmployeeDocument,
    "\n  mutation SignInTransfer($input: PlacementInput!) {\n    transferEmployee(input: $input) {\n      agencyId\n    }\n  }\n": typeof types.SignInTransferDocument,
    "\n  mutation SignInDeactivate($input: DeactivateEmployeeInput!) {\n    deactivateEmployee(input: $input) {\n      status\n    }\n  }\n": typeof types.SignInDeactivateDocument,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      id\n      code\n      fullName\n      agency {\n        code\n      }\n    }\n  }\n": typeof types.EmployeeDocument,
    "\n        query DirectoryMe {\n          me {\n            id\n            code\n            agency {\n              code\n            }\n            position {\n              title\n              category\n            }\n            supervisor {\n              id\n            }\n          }\n        }\n      ": typeof types.DirectoryMeDocument,
    "\n        query DirectoryEmployees {\n          employees(first: 500) {\n            totalCount\n            nodes {\n              agency {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.DirectoryEmployeesDocument,
    "\n        query DirectoryEmployees2 {\n          employees(first: 5, filter: { search: \"nguyen\" }) {\n            totalCount\n            nodes {\n              fullName\n            }\n          }\n        }\n      ": typeof types.DirectoryEmployees2Document,
    "\n        query DirectoryEmployees3 {\n          employees(filter: { search: \"snv-0001\" }) {\n            nodes {\n              code\n            }\n          }\n        }\n      ": typeof types.DirectoryEmployees3Document,
    "\n          query Page($agencyId: ID!, $after: String) {\n            employees(first: 7, after: $after, filter: { agencyId: $agencyId }, orderBy: { field: NAME }) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.PageDocument,
    "\n        query DirectoryEmployees4($id: ID!) {\n          employees(first: 500, filter: { agencyId: $id, positionCategory: LEADERSHIP, staffType: CADRE }) {\n            totalCount\n            nodes {\n              staffType\n              position {\n                category\n              }\n              agency {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.DirectoryEmployees4Document,
    "\n      query DirectoryPeopleByIds($filter: EmployeeFilter!) {\n        employees(first: 500, filter: $filter) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.DirectoryPeopleByIdsDocument,
    "\n        query DirectoryAgencyByCode {\n          agencyByCode(code: \"STC\") {\n            name\n            kind\n          }\n          jobPositionByCode(agencyCode: \"STC\", code: \"LD-01\") {\n            title\n            isLeadership\n            agency {\n              code\n            }\n          }\n        }\n      ": typeof types.DirectoryAgencyByCodeDocument,
    "\n        query DirectoryOrgTree {\n          orgTree {\n            code\n            children {\n              code\n              kind\n              children {\n                code\n                kind\n                parent {\n                  code\n                }\n                ancestors {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.DirectoryOrgTreeDocument,
    "\n      query DirectoryEmployee($id: ID!) {\n        employee(id: $id) {\n          placements {\n            kind\n            effectiveFrom\n            position {\n              code\n            }\n          }\n        }\n      }\n    ": typeof types.DirectoryEmployeeDocument,
    "\n      query DirectoryJobPosition($id: ID!, $on: LocalDate!) {\n        jobPosition(id: $id) {\n          holders(on: $on) {\n            id\n          }\n        }\n      }\n    ": typeof types.DirectoryJobPositionDocument,
    "\n        query DirectoryEmployee2($id: ID!, $on: LocalDate!) {\n          employee(id: $id) {\n            placementOn(date: $on) {\n              kind\n              position {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.DirectoryEmployee2Document,
    "\n        query DirectoryMe2 {\n          me {\n            id\n          }\n        }\n      ": typeof types.DirectoryMe2Document,
    "\n        query DirectoryEmployees5 {\n          employees {\n            totalCount\n          }\n        }\n      ": typeof types.DirectoryEmployees5Document,
    "\n        query DirectoryOrgTree2 {\n          orgTree {\n            id\n          }\n        }\n      ": typeof types.DirectoryOrgTree2Document,
    "\n          query DirectoryMe3 {\n            me {\n              id\n            }\n          }\n        ": typeof types.DirectoryMe3Document,
    "\n        query Directory__schema {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": typeof types.Directory__SchemaDocument,
    "\n            query DirectoryMe4 {\n              me {\n                id\n              }\n            }\n          ": typeof types.DirectoryMe4Document,
    "\n            query DirectoryEmployees6 {\n              employees {\n                totalCount\n              }\n            }\n          ": typeof types.DirectoryEmployees6Document,
    "\n      query DirectoryScoringUnits($ids: [ID!]!, $from: LocalDate!, $to: LocalDate!) {\n        scoringUnits(ids: $ids, from: $from, to: $to) {\n          employeeId\n          supervisorId\n          effectiveFrom\n          effectiveTo\n          sectorCodes\n          positionCategory\n          isLeadership\n          standardMinutesPerDay\n        }\n      }\n    ": typeof types.DirectoryScoringUnitsDocument,
    "\n    query FirstPage($first: Int!) {\n      employees(first: $first, orderBy: { field: CODE }) {\n        totalCount\n        nodes {\n          code\n          agency {\n            name\n            parent {\n              name\n            }\n          }\n          division {\n            name\n          }\n          position {\n            title\n            category\n            agency {\n              code\n            }\n          }\n          supervisor {\n            fullName\n            position {\n              title\n            }\n            division {\n              name\n            }\n          }\n          subordinates {\n            code\n          }\n        }\n      }\n    }\n  ": typeof types.FirstPageDocument,
    "\n        query DirectoryOrgTree3 {\n          orgTree {\n            children {\n              children {\n                positions {\n                  title\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.DirectoryOrgTree3Document,
    "\n  mutation GrantsGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n      agencyId\n      effectiveFrom\n      effectiveTo\n      grantedBy\n      reason\n      revokedAt\n      employee {\n        code\n      }\n    }\n  }\n": typeof types.GrantsGrantRoleDocument,
    "\n  mutation GrantsRevokeRole($id: ID!, $reason: String!) {\n    revokeRole(id: $id, reason: $reason) {\n      id\n      revokedBy\n      revokedAt\n      revokeReason\n    }\n  }\n": typeof types.GrantsRevokeRoleDocument,
    "\n  query GrantsAccess($id: ID!) {\n    employee(id: $id) {\n      access {\n        roles\n        agencyIds\n        unitIds\n      }\n    }\n  }\n": typeof types.GrantsAccessDocument,
    "\n  query GrantsList($filter: RoleGrantFilter) {\n    roleGrants(filter: $filter) {\n      id\n      role\n      employeeId\n      agencyId\n    }\n  }\n": typeof types.GrantsListDocument,
    "\n          query GrantsAccessPage($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                access {\n                  roles\n                }\n              }\n            }\n          }\n        ": typeof types.GrantsAccessPageDocument,
    "\n  mutation MutationsCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      code\n      agency {\n        code\n      }\n      division {\n        code\n      }\n      position {\n        code\n      }\n      placements {\n        kind\n        effectiveFrom\n        effectiveTo\n      }\n    }\n  }\n": typeof types.MutationsCreateEmployeeDocument,
    "\n  mutation MutationsTransferEmployee($input: PlacementInput!) {\n    transferEmployee(input: $input) {\n      id\n      agency {\n        code\n      }\n      position {\n        id\n      }\n      supervisor {\n        id\n      }\n      placements {\n        kind\n        effectiveFrom\n        effectiveTo\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.MutationsTransferEmployeeDocument,
    "\n      mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          code\n          name\n          kind\n          depth\n          parent {\n            code\n          }\n        }\n      }\n    ": typeof types.MutationsCreateAgencyDocument,
    "\n      mutation MutationsCreateAgency2($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          code\n          parent {\n            code\n          }\n          ancestors {\n            code\n          }\n        }\n      }\n    ": typeof types.MutationsCreateAgency2Document,
    "\n      mutation MutationsCreateAgency3($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          id\n        }\n      }\n    ": typeof types.MutationsCreateAgency3Document,
    "\n      mutation MutationsUpdateAgency($id: ID!, $parentId: ID!) {\n        updateAgency(id: $id, input: { parentId: $parentId }) {\n          code\n          depth\n          parent {\n            code\n          }\n        }\n      }\n    ": typeof types.MutationsUpdateAgencyDocument,
    "\n    mutation MutationsCreateJobPosition($input: CreateJobPositionInput!) {\n      createJobPosition(input: $input) {\n        code\n        title\n        category\n        isLeadership\n        standardMinutesPerDay\n        agency {\n          code\n        }\n      }\n    }\n  ": typeof types.MutationsCreateJobPositionDocument,
    "\n      mutation MutationsUpdateEmployee($id: ID!) {\n        updateEmployee(id: $id, input: { fullName: \"Renamed\" }) {\n          id\n        }\n      }\n    ": typeof types.MutationsUpdateEmployeeDocument,
    "\n      query MutationsEmployee($id: ID!, $on: LocalDate!) {\n        employee(id: $id) {\n          placementOn(date: $on) {\n            agency {\n              code\n            }\n            position {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.MutationsEmployeeDocument,
    "\n      mutation MutationsAppointEmployee($input: PlacementInput!) {\n        appointEmployee(input: $input) {\n          position {\n            code\n            isLeadership\n          }\n          placements {\n            kind\n          }\n        }\n      }\n    ": typeof types.MutationsAppointEmployeeDocument,
    "\n      mutation MutationsUpdateEmployee2($id: ID!, $supervisorId: ID!) {\n        updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {\n          id\n        }\n      }\n    ": typeof types.MutationsUpdateEmployee2Document,
    "\n      mutation MutationsDeactivateEmployee($input: DeactivateEmployeeInput!) {\n        deactivateEmployee(input: $input) {\n          status\n          position {\n            id\n          }\n          placements {\n            kind\n            effectiveFrom\n            effectiveTo\n          }\n        }\n      }\n    ": typeof types.MutationsDeactivateEmployeeDocument,
    "\n            mutation MutationsUpdateEmployee3($id: ID!) {\n              updateEmployee(id: $id, input: { fullName: \"X\" }) {\n                id\n              }\n            }\n          ": typeof types.MutationsUpdateEmployee3Document,
    "\n  mutation PlacementImportHistory($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {\n    importPlacementHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {\n      applied\n      dryRun\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        employeeCode\n        effectiveFrom\n        action\n        errors\n      }\n    }\n  }\n": typeof types.PlacementImportHistoryDocument,
    "\n  query PlacementImportCareers($ids: [ID!]!) {\n    employees(filter: { ids: $ids }, first: 10) {\n      nodes {\n        code\n        placements {\n          kind\n          effectiveFrom\n          effectiveTo\n          imported\n          recordedBy\n          decisionNumber\n          agency {\n            code\n          }\n          division {\n            code\n          }\n          position {\n            code\n          }\n          supervisor {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlacementImportCareersDocument,
    "\n  mutation PlacementImportStartJob($content: String!) {\n    startPlacementImportJob(format: CSV, content: $content, reason: \"Hồ sơ năm 2015\") {\n      id\n      kind\n      scope\n    }\n  }\n": typeof types.PlacementImportStartJobDocument,
    "\n  query PlacementImportJob($id: ID!) {\n    personnelJob(id: $id) {\n      state\n      summary\n      result\n    }\n  }\n": typeof types.PlacementImportJobDocument,
    "\n  query AnalyticsProvinceOverview($period: String!, $first: Int!, $agencyId: ID) {\n    provinceOverview(period: $period) {\n      period {\n        code\n        status\n      }\n      distribution {\n        people\n        scored\n        meanScore\n        levels {\n          excellent\n          good\n          completed\n          notCompleted\n        }\n        histogram {\n          from\n          to\n          people\n        }\n      }\n      byAgency {\n        key\n        headcount\n        people\n        scored\n        meanScore\n        levels {\n          excellent\n          good\n          completed\n          notCompleted\n        }\n        agency {\n          id\n        }\n      }\n      bySector {\n        key\n        people\n        meanScore\n      }\n      byCategory {\n        key\n        category\n        people\n        meanScore\n      }\n      trend(months: 6) {\n        period\n        people\n        scored\n        meanScore\n        notCompletedShare\n        declaredHoursPerWorkingDay\n      }\n      diaryDiscipline {\n        agency {\n          id\n        }\n        headcount\n        availableDays\n        declaredDays\n        missingDiaryRate\n        daysOverStandard\n        overStandardDayShare\n        entries\n        lateDeclarations\n        lateDeclarationShare\n      }\n      anomalies {\n        kind\n        agency {\n          id\n        }\n        employee {\n          id\n        }\n        figure\n        baseline\n        measure\n        message\n        rank\n        found\n      }\n      catalogueUsage(first: $first) {\n        itemsUsed\n        mostUsed {\n          workItem {\n            id\n          }\n          entries\n          people\n          quantity\n          actualMinutes\n          standardMinutes\n          actualToStandard\n        }\n        leastUsed {\n          workItem {\n            id\n          }\n          entries\n        }\n      }\n      staffingNeeds(agencyId: $agencyId) {\n        position {\n          id\n        }\n        agency {\n          id\n        }\n        headcount\n        holders\n        workloadMinutes\n        capacityMinutes\n        utilisation\n        positionsNeeded\n        gap\n      }\n    }\n  }\n": typeof types.AnalyticsProvinceOverviewDocument,
    "\n      mutation AnalyticsTransferEmployee($input: PlacementInput!) {\n        transferEmployee(input: $input) {\n          id\n        }\n      }\n    ": typeof types.AnalyticsTransferEmployeeDocument,
    "\n        mutation AnalyticsComputeScoringPeriod($period: String!) {\n          computeScoringPeriod(period: $period) {\n            status\n          }\n        }\n      ": typeof types.AnalyticsComputeScoringPeriodDocument,
    "\n          query AnalyticsProvinceOverview2 {\n            provinceOverview(period: \"2026-10\") {\n              distribution {\n                people\n              }\n            }\n          }\n        ": typeof types.AnalyticsProvinceOverview2Document,
    "\n        query AnalyticsProvinceOverview3 {\n          provinceOverview(period: \"2026-08\") {\n            period {\n              code\n            }\n          }\n        }\n      ": typeof types.AnalyticsProvinceOverview3Document,
    "\n          query AnalyticsProvinceOverview4 {\n            provinceOverview(period: \"October\") {\n              period {\n                code\n              }\n            }\n          }\n        ": typeof types.AnalyticsProvinceOverview4Document,
    "\n  fragment AssessmentRow on AnnualAssessment {\n    employee {\n      id\n    }\n    agencyId\n    positionCategory\n    isLeadership\n    months\n    kpiScore\n    kpiShare\n    kpiPoints\n    otherCriteria\n    total\n    level\n    levelByBand\n    gate\n    rank\n    capped\n    tiedAtCap\n    status\n  }\n": typeof types.AssessmentRowFragmentDoc,
    "\n  mutation AssessmentPrepare($a: ID!) {\n    prepareAnnualAssessment(year: 2026, agencyId: $a) {\n      ...AssessmentRow\n    }\n  }\n": typeof types.AssessmentPrepareDocument,
    "\n  mutation AssessmentOther($e: ID!, $p: Float!, $d: Boolean) {\n    scoreOtherCriteria(year: 2026, employeeId: $e, input: { points: $p, disciplined: $d }) {\n      ...AssessmentRow\n    }\n  }\n": typeof types.AssessmentOtherDocument,
    "\n  query AssessmentRanked($a: ID!, $year: Int!) {\n    annualAssessments(year: $year, agencyId: $a) {\n      ...AssessmentRow\n    }\n  }\n": typeof types.AssessmentRankedDocument,
    "\n        mutation AssessmentCloseScoringPeriod($p: String!) {\n          closeScoringPeriod(period: $p) {\n            status\n          }\n        }\n      ": typeof types.AssessmentCloseScoringPeriodDocument,
    "\n        mutation AssessmentConfirmAnnualAssessment($a: ID!) {\n          confirmAnnualAssessment(year: 2026, agencyId: $a) {\n            status\n          }\n        }\n      ": typeof types.AssessmentConfirmAnnualAssessmentDocument,
    "\n        mutation AssessmentConfirmAnnualAssessment2($a: ID!) {\n          confirmAnnualAssessment(year: 2026, agencyId: $a) {\n            status\n            level\n          }\n        }\n      ": typeof types.AssessmentConfirmAnnualAssessment2Document,
    "\n        query AssessmentRewardProposals($a: ID!) {\n          rewardProposals(year: 2026, agencyId: $a) {\n            titles\n            assessment {\n              level\n              employee {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.AssessmentRewardProposalsDocument,
    "\n          query AssessmentEmployee($id: ID!) {\n            employee(id: $id) {\n              annualAssessment(year: 2026) {\n                status\n                total\n              }\n            }\n          }\n        ": typeof types.AssessmentEmployeeDocument,
    "\n        mutation AssessmentPrepareAnnualAssessment($a: ID!) {\n          prepareAnnualAssessment(year: 2025, agencyId: $a) {\n            total\n          }\n        }\n      ": typeof types.AssessmentPrepareAnnualAssessmentDocument,
    "\n          mutation AssessmentScoreOtherCriteria($e: ID!) {\n            scoreOtherCriteria(year: 2025, employeeId: $e, input: { points: 30 }) {\n              total\n            }\n          }\n        ": typeof types.AssessmentScoreOtherCriteriaDocument,
    "\n          mutation AssessmentConfirmAnnualAssessment3($a: ID!, $x: [ID!]) {\n            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n              level\n            }\n          }\n        ": typeof types.AssessmentConfirmAnnualAssessment3Document,
    "\n          mutation AssessmentConfirmAnnualAssessment4($a: ID!, $x: [ID!]) {\n            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n              level\n            }\n          }\n        ": typeof types.AssessmentConfirmAnnualAssessment4Document,
    "\n        mutation AssessmentConfirmAnnualAssessment5($a: ID!, $x: [ID!]) {\n          confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n            employee {\n              id\n            }\n            level\n            status\n            tiedAtCap\n          }\n        }\n      ": typeof types.AssessmentConfirmAnnualAssessment5Document,
    "\n        query AssessmentRewardProposals2($a: ID!) {\n          rewardProposals(year: 2025, agencyId: $a) {\n            titles\n            assessment {\n              employee {\n                id\n              }\n              level\n            }\n          }\n        }\n      ": typeof types.AssessmentRewardProposals2Document,
    "\n  fragment JobsJob on Job {\n    id\n    kind\n    scope\n    state\n    phase\n    done\n    total\n    attempts\n    summary\n    requestedBy\n    errors {\n      code\n      message\n      attempt\n    }\n  }\n": typeof types.JobsJobFragmentDoc,
    "\n  mutation JobsStartPeriod($period: String!, $action: ScoringPeriodAction!, $reason: String) {\n    startScoringPeriodJob(period: $period, action: $action, reason: $reason) {\n      ...JobsJob\n    }\n  }\n": typeof types.JobsStartPeriodDocument,
    "\n  query JobsJob($id: ID!) {\n    scoringJob(id: $id) {\n      ...JobsJob\n    }\n  }\n": typeof types.JobsJobDocument,
    "\n  query JobsRecent {\n    scoringJobs(first: 5) {\n      id\n      state\n    }\n  }\n": typeof types.JobsRecentDocument,
    "\n  mutation JobsCloseNow($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n": typeof types.JobsCloseNowDocument,
    "\n  query JobsPeriod($period: String!) {\n    scoringPeriod(period: $period) {\n      status\n    }\n  }\n": typeof types.JobsPeriodDocument,
    "\n  mutation JobsPrepare($agencyId: ID!, $year: Int!) {\n    startAnnualAssessmentJob(agencyId: $agencyId, year: $year) {\n      ...JobsJob\n    }\n  }\n": typeof types.JobsPrepareDocument,
    "\n  mutation LiveRotate($input: PlacementInput!) {\n    rotateEmployee(input: $input) {\n      id\n    }\n  }\n": typeof types.LiveRotateDocument,
    "\n  mutation LiveSupervise($id: ID!, $supervisorId: ID) {\n    updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {\n      id\n    }\n  }\n": typeof types.LiveSuperviseDocument,
    "\n  mutation LiveCompute($period: String!) {\n    computeScoringPeriod(period: $period) {\n      code\n    }\n  }\n": typeof types.LiveComputeDocument,
    "\n  fragment LiveFigures on PeriodScore {\n    score\n    ownScore\n    unitScore\n    level\n    workPoints\n  }\n": typeof types.LiveFiguresFragmentDoc,
    "\n  query LiveOne($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        ...LiveFigures\n      }\n    }\n  }\n": typeof types.LiveOneDocument,
    "\n  query LiveTeam($agencyId: ID!, $period: String!) {\n    employees(first: 500, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        periodScore(period: $period) {\n          ...LiveFigures\n        }\n      }\n    }\n  }\n": typeof types.LiveTeamDocument,
    "\n  query LiveExplained($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        ...LiveFigures\n        segments {\n          workPoints\n          facts\n        }\n      }\n    }\n  }\n": typeof types.LiveExplainedDocument,
    "\n      query LivePage($first: Int!, $period: String!) {\n        employees(first: $first, orderBy: { field: CODE }) {\n          nodes {\n            id\n            periodScore(period: $period) {\n              score\n              level\n            }\n          }\n        }\n      }\n    ": typeof types.LivePageDocument,
    "\n  fragment ScoringScore on PeriodScore {\n    score\n    ownScore\n    unitScore\n    level\n    levelByBand\n    gate\n    overdueShare\n    workPoints\n    capacityMinutes\n    availableDays\n    policyVersion\n    frozen\n    indicators {\n      quantity\n      timeliness\n      quality\n      proactivity\n      coordination\n      creativity\n      overdue\n    }\n    segments {\n      from\n      to\n      agencyId\n      divisionId\n      positionCategory\n      kpi\n      availableDays\n      workPoints\n      facts\n    }\n  }\n": typeof types.ScoringScoreFragmentDoc,
    "\n  query ScoringMyScore($period: String!) {\n    me {\n      periodScore(period: $period) {\n        ...ScoringScore\n        period {\n          status\n        }\n      }\n    }\n  }\n": typeof types.ScoringMyScoreDocument,
    "\n            query ScoringEmployee($id: ID!) {\n              employee(id: $id) {\n                periodScore(period: \"2026-11\") {\n                  score\n                }\n              }\n            }\n          ": typeof types.ScoringEmployeeDocument,
    "\n            query ScoringMyStretches($period: String!) {\n              me {\n                periodScore(period: $period) {\n                  segments {\n                    from\n                    sectorCode\n                  }\n                }\n              }\n            }\n          ": typeof types.ScoringMyStretchesDocument,
    "\n  mutation ScoringComputeAgency($period: String!, $agencyId: ID) {\n    computeScoringPeriod(period: $period, agencyId: $agencyId) {\n      code\n    }\n  }\n": typeof types.ScoringComputeAgencyDocument,
    "\n        mutation ScoringTransferEmployee($input: PlacementInput!) {\n          transferEmployee(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ScoringTransferEmployeeDocument,
    "\n        query ScoringEmployee2($id: ID!) {\n          employee(id: $id) {\n            periodScore(period: \"2026-10\") {\n              ownScore\n              agency {\n                id\n              }\n              segments {\n                from\n                to\n                agencyId\n                kpi\n                availableDays\n              }\n            }\n          }\n        }\n      ": typeof types.ScoringEmployee2Document,
    "\n            mutation ScoringCloseScoringPeriod($p: String!) {\n              closeScoringPeriod(period: $p) {\n                status\n              }\n            }\n          ": typeof types.ScoringCloseScoringPeriodDocument,
    "\n        mutation ScoringCloseScoringPeriod2 {\n          closeScoringPeriod(period: \"2026-10\", reason: \"Chốt số liệu tháng 10\") {\n            status\n            policyVersion\n          }\n        }\n      ": typeof types.ScoringCloseScoringPeriod2Document,
    "\n        mutation ScoringSetScoringPolicy {\n          setScoringPolicy(input: { effectiveFrom: \"2026-10-01\", preset: \"KHANH_HOA\", reason: \"Áp dụng khung điểm của tỉnh\" }) {\n            version\n          }\n        }\n      ": typeof types.ScoringSetScoringPolicyDocument,
    "\n        mutation ScoringRecomputeScoringPeriod {\n          recomputeScoringPeriod(period: \"2026-10\") {\n            people\n            changed\n          }\n        }\n      ": typeof types.ScoringRecomputeScoringPeriodDocument,
    "\n        mutation ScoringReopenScoringPeriod {\n          reopenScoringPeriod(period: \"2026-10\", reason: \"Bổ sung số liệu\") {\n            status\n          }\n        }\n      ": typeof types.ScoringReopenScoringPeriodDocument,
    "\n        mutation ScoringComputeScoringPeriod {\n          computeScoringPeriod(period: \"2026-10\") {\n            status\n          }\n        }\n      ": typeof types.ScoringComputeScoringPeriodDocument,
    "\n        query ScoringAgency($id: ID!) {\n          agency(id: $id) {\n            scoreSummary(period: \"2026-10\") {\n              people\n              scored\n              meanScore\n              excellent\n              good\n              completed\n              notCompleted\n            }\n          }\n        }\n      ": typeof types.ScoringAgencyDocument,
    "\n        mutation ScoringCloseScoringPeriod3 {\n          closeScoringPeriod(period: \"2026-10\") {\n            status\n          }\n        }\n      ": typeof types.ScoringCloseScoringPeriod3Document,
    "\n          query ScoringEmployees($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                id\n                periodScore(period: \"2026-10\") {\n                  score\n                  level\n                  period {\n                    status\n                  }\n                }\n                creativityRating(period: \"2026-10\") {\n                  points\n                }\n                annualAssessment(year: 2026) {\n                  total\n                }\n              }\n            }\n          }\n        ": typeof types.ScoringEmployeesDocument,
    "\n      query ScoringProvinceOverview {\n        provinceOverview(period: \"2026-10\") {\n          distribution {\n            people\n          }\n        }\n      }\n    ": typeof types.ScoringProvinceOverviewDocument,
    "\n          query ScoringEmployee3($id: ID!) {\n            employee(id: $id) {\n              fullName\n            }\n            provinceOverview(period: \"2026-10\") {\n              byAgency {\n                meanScore\n              }\n            }\n          }\n        ": typeof types.ScoringEmployee3Document,
    "\n            mutation ScoringSetScoringPolicy2($o: JSONObject) {\n              setScoringPolicy(input: { effectiveFrom: \"2027-01-01\", preset: \"DECREE_335\", overrides: $o, reason: \"test\" }) {\n                version\n              }\n            }\n          ": typeof types.ScoringSetScoringPolicy2Document,
    "\n    query ScoringProducts($period: String!) {\n      me {\n        periodScore(period: $period) {\n          policyVersion\n          segments {\n            products {\n              judged\n              completed\n              judgedUnits\n              completedUnits\n              unitsMeetingRequirements\n              unitsOnTime\n              quantityPct\n              qualityPct\n              progressPct\n              plainQualityPct\n              plainProgressPct\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.ScoringProductsDocument,
    "\n        mutation ScoringAssignTen($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ScoringAssignTenDocument,
    "\n        mutation ScoringAcceptTen($id: ID!) {\n          acceptAssignment(id: $id) {\n            id\n          }\n        }\n      ": typeof types.ScoringAcceptTenDocument,
    "\n        mutation ScoringSubmitEight($id: ID!) {\n          submitAssignment(id: $id, input: { quantityDone: 8 }) {\n            id\n          }\n        }\n      ": typeof types.ScoringSubmitEightDocument,
    "\n        mutation ScoringCompleteEight($id: ID!) {\n          completeAssignment(id: $id, input: { quality: GOOD }) {\n            id\n          }\n        }\n      ": typeof types.ScoringCompleteEightDocument,
    "\n    mutation ScoringSetLeaderBands($o: JSONObject) {\n      setScoringPolicy(input: { effectiveFrom: \"2027-03-01\", preset: \"KHANH_HOA\", overrides: $o, reason: \"leaders' own bands\" }) {\n        version\n        rules\n      }\n    }\n  ": typeof types.ScoringSetLeaderBandsDocument,
    "\n    mutation ScoringSetToCorrect($from: LocalDate!) {\n      setScoringPolicy(input: { effectiveFrom: $from, preset: \"DECREE_335\", reason: \"a version with a mistake\" }) {\n        version\n        effectiveFrom\n      }\n    }\n  ": typeof types.ScoringSetToCorrectDocument,
    "\n    mutation ScoringAmend($version: Int!, $input: ScoringPolicyInput!) {\n      amendScoringPolicy(version: $version, input: $input) {\n        version\n        effectiveFrom\n        rules\n      }\n    }\n  ": typeof types.ScoringAmendDocument,
    "\n    mutation ScoringWithdraw($version: Int!, $reason: String!) {\n      withdrawScoringPolicy(version: $version, reason: $reason) {\n        version\n      }\n    }\n  ": typeof types.ScoringWithdrawDocument,
    "\n    query ScoringPolicyLine {\n      scoringPolicies {\n        version\n        effectiveFrom\n        effectiveTo\n      }\n      scoringPolicyChanges {\n        version\n        action\n        effectiveFrom\n        rules\n        changedBy\n        reason\n      }\n    }\n  ": typeof types.ScoringPolicyLineDocument,
    "\n    mutation ScoringStartAgencyJob($period: String!, $action: ScoringPeriodAction!, $agencyId: ID, $reason: String) {\n      startScoringPeriodJob(period: $period, action: $action, agencyId: $agencyId, reason: $reason) {\n        id\n      }\n    }\n  ": typeof types.ScoringStartAgencyJobDocument,
    "\n    query ScoringAgencyJob($id: ID!) {\n      scoringJob(id: $id) {\n        state\n        summary\n        errors {\n          code\n        }\n      }\n    }\n  ": typeof types.ScoringAgencyJobDocument,
    "\n    mutation ScoringCloseAgency($period: String!, $agencyId: ID, $reason: String) {\n      closeScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {\n        status\n        agencyCloses {\n          agencyId\n          people\n          closedBy\n          reason\n        }\n      }\n    }\n  ": typeof types.ScoringCloseAgencyDocument,
    "\n    mutation ScoringReopenAgency($period: String!, $agencyId: ID, $reason: String!) {\n      reopenScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {\n        status\n        agencyCloses {\n          agencyId\n        }\n      }\n    }\n  ": typeof types.ScoringReopenAgencyDocument,
    "\n    mutation ScoringRecomputeAgency($period: String!, $agencyId: ID) {\n      recomputeScoringPeriod(period: $period, agencyId: $agencyId) {\n        people\n        changed\n      }\n    }\n  ": typeof types.ScoringRecomputeAgencyDocument,
    "\n    mutation ScoringComputeOctober($agencyId: ID) {\n      computeScoringPeriod(period: \"2026-10\", agencyId: $agencyId) {\n        status\n      }\n    }\n  ": typeof types.ScoringComputeOctoberDocument,
    "\n    mutation ScoringRateClosed($id: ID!) {\n      rateCreativity(employeeId: $id, period: \"2026-10\", points: 80) {\n        points\n      }\n    }\n  ": typeof types.ScoringRateClosedDocument,
    "\n        query ScoringPeriodCloses {\n          scoringPeriod(period: \"2026-10\") {\n            status\n            agencyCloses {\n              agencyId\n              people\n              reason\n            }\n          }\n        }\n      ": typeof types.ScoringPeriodClosesDocument,
    "\n  query TeamPage($agencyId: ID!, $first: Int!, $period: String!) {\n    employees(first: $first, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        fullName\n        periodScore(period: $period) {\n          score\n          level\n          frozen\n          workPoints\n          indicators {\n            quantity\n            timeliness\n            quality\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamPageDocument,
    "\n  mutation TeamPageRename($id: ID!, $fullName: String!) {\n    updateEmployee(id: $id, input: { fullName: $fullName }) {\n      id\n    }\n  }\n": typeof types.TeamPageRenameDocument,
    "\n  mutation TeamPageClose($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n": typeof types.TeamPageCloseDocument,
    "\n  mutation WebRemindersStart {\n    startReminderJob {\n      id\n    }\n  }\n": typeof types.WebRemindersStartDocument,
    "\n  query WebRemindersJob($id: ID!) {\n    diaryJob(id: $id) {\n      state\n      summary\n    }\n  }\n": typeof types.WebRemindersJobDocument,
    "\n  query WebRemindersPreferences {\n    myNotificationPreferences {\n      kind\n      email\n    }\n  }\n": typeof types.WebRemindersPreferencesDocument,
};
const documents: Documents = {
    "\n  fragment Item on WorkItem {\n    id\n    code\n    versions {\n      id\n      version\n      approval\n      effectiveFrom\n      effectiveTo\n      standardMinutes\n    }\n    pendingVersion {\n      id\n      version\n      approval\n      effectiveFrom\n      standardMinutes\n    }\n    history {\n      action\n      actor\n      reason\n      details\n    }\n  }\n": types.ItemFragmentDoc,
    "\n  mutation ApprovalCreateWorkItemItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      ...Item\n    }\n  }\n": types.ApprovalCreateWorkItemItemDocument,
    "\n  mutation ApprovalReviseWorkItemItem($id: ID!, $input: ReviseWorkItemInput!) {\n    reviseWorkItem(id: $id, input: $input) {\n      ...Item\n    }\n  }\n": types.ApprovalReviseWorkItemItemDocument,
    "\n  mutation ApprovalApproveWorkItemVersionItem($id: ID!, $reason: String) {\n    approveWorkItemVersion(id: $id, reason: $reason) {\n      ...Item\n    }\n  }\n": types.ApprovalApproveWorkItemVersionItemDocument,
    "\n  mutation ApprovalRejectWorkItemVersionItem($id: ID!, $reason: String!) {\n    rejectWorkItemVersion(id: $id, reason: $reason) {\n      ...Item\n    }\n  }\n": types.ApprovalRejectWorkItemVersionItemDocument,
    "\n  mutation ApprovalRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        standardMinutes\n        workItemVersion\n      }\n    }\n  }\n": types.ApprovalRecordDiaryEntryDocument,
    "\n      query ApprovalMe {\n        me {\n          loggableWorkItems {\n            code\n          }\n          position {\n            workItems {\n              code\n            }\n          }\n        }\n      }\n    ": types.ApprovalMeDocument,
    "\n        query ApprovalWorkItemByCode {\n          workItemByCode(code: \"C-SNV-001\") {\n            versions {\n              approval\n            }\n            pendingVersion {\n              id\n            }\n          }\n        }\n      ": types.ApprovalWorkItemByCodeDocument,
    "\n        mutation ApprovalSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n          setPositionWorkItems(positionId: $positionId, workItemIds: $ids) {\n            code\n          }\n        }\n      ": types.ApprovalSetPositionWorkItemsDocument,
    "\n        query ApprovalWorkItem($id: ID!) {\n          workItem(id: $id) {\n            asOf(date: \"2026-11-18\") {\n              version\n            }\n          }\n        }\n      ": types.ApprovalWorkItemDocument,
    "\n        query ApprovalWorkItemsAwaitingApproval($agency: ID!) {\n          workItemsAwaitingApproval(ownerAgencyId: $agency) {\n            code\n            name\n            pendingVersion {\n              id\n            }\n          }\n        }\n      ": types.ApprovalWorkItemsAwaitingApprovalDocument,
    "\n        mutation ApprovalImportCatalogue($content: String!, $agency: ID!) {\n          importCatalogue(format: CSV, content: $content, effectiveFrom: \"2026-11-01\", dryRun: false, ownerAgencyId: $agency) {\n            applied\n            created\n          }\n        }\n      ": types.ApprovalImportCatalogueDocument,
    "\n        query ApprovalWorkItemByCode2 {\n          workItemByCode(code: \"C-SNV-961\") {\n            id\n            versions {\n              id\n            }\n            pendingVersion {\n              id\n            }\n          }\n        }\n      ": types.ApprovalWorkItemByCode2Document,
    "\n        mutation ApprovalRetireWorkItem($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-11-15\", reason: \"Gộp vào C-SNV-960\" }) {\n            status\n          }\n        }\n      ": types.ApprovalRetireWorkItemDocument,
    "\n        query CatalogueMe {\n          me {\n            fullName\n            position {\n              title\n              isLeadership\n              workItems {\n                code\n                group\n              }\n            }\n            loggableWorkItems {\n              code\n            }\n          }\n        }\n      ": types.CatalogueMeDocument,
    "\n        query CatalogueMe2 {\n          me {\n            position {\n              isLeadership\n              workItems {\n                code\n                group\n              }\n            }\n          }\n        }\n      ": types.CatalogueMe2Document,
    "\n        query CatalogueAgencyByCode {\n          agencyByCode(code: \"SNV\") {\n            name\n            sectorCodes\n            sectors {\n              code\n            }\n            ownedSectors {\n              code\n            }\n            ownWorkItems {\n              code\n              group\n            }\n          }\n        }\n      ": types.CatalogueAgencyByCodeDocument,
    "\n        query CatalogueWorkItem($id: ID!) {\n          workItem(id: $id) {\n            standardMinutes\n            before: asOf(date: \"2025-06-30\") {\n              version\n              standardMinutes\n              effectiveTo\n            }\n            after: asOf(date: \"2025-07-01\") {\n              version\n              standardMinutes\n            }\n            ancient: asOf(date: \"2024-12-31\") {\n              version\n            }\n            versions {\n              version\n            }\n          }\n        }\n      ": types.CatalogueWorkItemDocument,
    "\n          query CatalogueWorkItemByCode {\n            workItemByCode(code: \"B-001\") {\n              code\n              name\n              unit\n            }\n          }\n        ": types.CatalogueWorkItemByCodeDocument,
    "\n        query CatalogueWorkItems {\n          workItems(first: 100, filter: { sectorCode: \"FINANCE\", group: D }) {\n            totalCount\n            nodes {\n              code\n              sector {\n                code\n              }\n              group\n            }\n          }\n        }\n      ": types.CatalogueWorkItemsDocument,
    "\n        query CatalogueWorkItems2 {\n          workItems(filter: { search: \"van ban\" }) {\n            totalCount\n          }\n        }\n      ": types.CatalogueWorkItems2Document,
    "\n    mutation CatalogueCreateWorkItem($input: CreateWorkItemInput!) {\n      createWorkItem(input: $input) {\n        code\n        group\n        ownerAgency {\n          id\n        }\n        current {\n          version\n          standardMinutes\n          coefficient\n          effectiveFrom\n        }\n        history {\n          action\n          actor\n          reason\n        }\n      }\n    }\n  ": types.CatalogueCreateWorkItemDocument,
    "\n            mutation CatalogueRetireWorkItem($id: ID!) {\n              retireWorkItem(id: $id, input: { effectiveFrom: \"2026-02-01\" }) {\n                code\n              }\n            }\n          ": types.CatalogueRetireWorkItemDocument,
    "\n      mutation CatalogueReviseWorkItem($id: ID!, $input: ReviseWorkItemInput!) {\n        reviseWorkItem(id: $id, input: $input) {\n          versions {\n            version\n            effectiveFrom\n            effectiveTo\n            standardMinutes\n            coefficient\n            name\n          }\n        }\n      }\n    ": types.CatalogueReviseWorkItemDocument,
    "\n        mutation CatalogueRetireWorkItem2($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-03-01\", reason: \"Gộp vào B-002\" }) {\n            status\n            retiredFrom\n            asOf(date: \"2026-02-28\") {\n              version\n            }\n            after: asOf(date: \"2026-03-01\") {\n              version\n            }\n          }\n        }\n      ": types.CatalogueRetireWorkItem2Document,
    "\n            mutation CatalogueReviseWorkItem2($id: ID!) {\n              reviseWorkItem(id: $id, input: { effectiveFrom: \"2026-04-01\", coefficient: 1 }) {\n                code\n              }\n            }\n          ": types.CatalogueReviseWorkItem2Document,
    "\n    mutation CatalogueSetSectorKpiStandard($input: SetSectorKpiStandardInput!) {\n      setSectorKpiStandard(input: $input) {\n        positionCategory\n        effectiveFrom\n        expectedMinutesPerMonth\n        weights {\n          quantity\n          overdue\n        }\n      }\n    }\n  ": types.CatalogueSetSectorKpiStandardDocument,
    "\n        query CatalogueSectorByCode {\n          sectorByCode(code: \"HEALTH\") {\n            kpiStandards(on: \"2026-01-15\") {\n              positionCategory\n              expectedMinutesPerMonth\n            }\n          }\n        }\n      ": types.CatalogueSectorByCodeDocument,
    "\n    mutation CatalogueSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n      setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: \"Rà soát bản mô tả công việc\") {\n        code\n      }\n    }\n  ": types.CatalogueSetPositionWorkItemsDocument,
    "\n        query CatalogueJobPosition($id: ID!) {\n          jobPosition(id: $id) {\n            workItems {\n              code\n            }\n          }\n        }\n      ": types.CatalogueJobPositionDocument,
    "\n    mutation CatalogueRequestCatalogueChange($input: RequestCatalogueChangeInput!) {\n      requestCatalogueChange(input: $input) {\n        id\n        status\n        sector {\n          code\n        }\n      }\n    }\n  ": types.CatalogueRequestCatalogueChangeDocument,
    "\n    mutation CatalogueDecideCatalogueChange($input: DecideChangeRequestInput!) {\n      decideCatalogueChange(input: $input) {\n        status\n        decisionNote\n        workItem {\n          code\n          asOf(date: \"2026-05-01\") {\n            standardMinutes\n          }\n        }\n        history {\n          action\n        }\n      }\n    }\n  ": types.CatalogueDecideCatalogueChangeDocument,
    "\n        query CatalogueCatalogueChangeRequests {\n          catalogueChangeRequests(status: PENDING) {\n            id\n          }\n        }\n      ": types.CatalogueCatalogueChangeRequestsDocument,
    "\n        query CatalogueWorkItemByCode2 {\n          workItemByCode(code: \"B-010\") {\n            status\n          }\n        }\n      ": types.CatalogueWorkItemByCode2Document,
    "\n    mutation CatalogueImportCatalogue($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $from: LocalDate!) {\n      importCatalogue(format: $format, content: $content, dryRun: $dryRun, effectiveFrom: $from) {\n        applied\n        created\n        revised\n        unchanged\n        invalid\n        rows {\n          row\n          code\n          action\n          errors\n        }\n      }\n    }\n  ": types.CatalogueImportCatalogueDocument,
    "\n      mutation CatalogueStartImportJob($content: String!, $from: LocalDate!) {\n        startCatalogueImportJob(format: CSV, content: $content, effectiveFrom: $from) {\n          id\n          kind\n          scope\n          state\n        }\n      }\n    ": types.CatalogueStartImportJobDocument,
    "\n      query CatalogueImportJob($id: ID!) {\n        catalogueJob(id: $id) {\n          state\n          attempts\n          summary\n          result\n          errors {\n            code\n          }\n        }\n      }\n    ": types.CatalogueImportJobDocument,
    "\n        query CatalogueExportCatalogue($sectorId: ID!) {\n          exportCatalogue(format: CSV, on: \"2026-09-01\", sectorId: $sectorId) {\n            content\n            rows\n          }\n        }\n      ": types.CatalogueExportCatalogueDocument,
    "\n        query CatalogueExportCatalogue2($sectorId: ID!) {\n          exportCatalogue(format: XLSX, on: \"2026-06-01\", sectorId: $sectorId) {\n            filename\n            encoding\n            content\n            rows\n          }\n        }\n      ": types.CatalogueExportCatalogue2Document,
    "\n        query CatalogueWorkItemByCode3 {\n          workItemByCode(code: \"CUL-001\") {\n            asOf(date: \"2026-06-01\") {\n              name\n              standardMinutes\n            }\n          }\n        }\n      ": types.CatalogueWorkItemByCode3Document,
    "\n        query CatalogueKpiHandbook($id: ID!) {\n          kpiHandbook(agencyId: $id, format: HTML, on: \"2026-01-01\") {\n            filename\n            contentType\n            content\n            rows\n          }\n        }\n      ": types.CatalogueKpiHandbookDocument,
    "\n        query CatalogueKpiHandbook2($id: ID!) {\n          kpiHandbook(agencyId: $id, format: XLSX) {\n            encoding\n            content\n            rows\n          }\n        }\n      ": types.CatalogueKpiHandbook2Document,
    "\n        query CatalogueExportEverything {\n          exportCatalogue(format: XLSX, on: \"2026-06-01\") {\n            content\n            rows\n          }\n        }\n      ": types.CatalogueExportEverythingDocument,
    "\n        query CatalogueHandbookSheet($id: ID!) {\n          kpiHandbook(agencyId: $id, format: XLSX) {\n            content\n          }\n        }\n      ": types.CatalogueHandbookSheetDocument,
    "\n        mutation CatalogueCreateWorkItem2($input: CreateWorkItemInput!) {\n          createWorkItem(input: $input) {\n            code\n          }\n        }\n      ": types.CatalogueCreateWorkItem2Document,
    "\n        query CatalogueNearDuplicateWorkItems {\n          nearDuplicateWorkItems(threshold: 0.8) {\n            a {\n              code\n            }\n            b {\n              code\n            }\n            similarity\n          }\n        }\n      ": types.CatalogueNearDuplicateWorkItemsDocument,
    "\n      query CatalogueWorkItems3($first: Int!) {\n        workItems(first: $first) {\n          nodes {\n            code\n            name\n            standardMinutes\n            sector {\n              code\n              owner {\n                id\n              }\n            }\n            asOf(date: \"2025-03-01\") {\n              coefficient\n            }\n            versions {\n              version\n            }\n          }\n        }\n      }\n    ": types.CatalogueWorkItems3Document,
    "\n      query CatalogueEmployees($first: Int!) {\n        employees(first: $first) {\n          nodes {\n            code\n            position {\n              title\n            }\n            loggableWorkItems {\n              code\n            }\n          }\n        }\n      }\n    ": types.CatalogueEmployeesDocument,
    "\n    mutation CatalogueSetProvinceLimits($input: SetProvinceLimitsInput!) {\n      setProvinceLimits(input: $input) {\n        id\n        effectiveFrom\n        effectiveTo\n        coefficientMax\n        recordedBy\n        reason\n      }\n    }\n  ": types.CatalogueSetProvinceLimitsDocument,
    "\n        query CatalogueProvinceLimits {\n          provinceLimits {\n            effectiveFrom\n            effectiveTo\n            coefficientMax\n          }\n        }\n      ": types.CatalogueProvinceLimitsDocument,
    "\n      mutation CatalogueCreateWorkItem3($input: CreateWorkItemInput!) {\n        createWorkItem(input: $input) {\n          code\n        }\n      }\n    ": types.CatalogueCreateWorkItem3Document,
    "\n  query HygieneCatalogueHygiene(\n    $from: LocalDate!\n    $to: LocalDate!\n    $filter: CatalogueHygieneFilter\n    $rarelyBelow: Int\n    $farFactor: Float\n    $minEntries: Int\n  ) {\n    catalogueHygiene(from: $from, to: $to, filter: $filter, rarelyBelow: $rarelyBelow, farFactor: $farFactor, minEntries: $minEntries) {\n      from\n      to\n      itemsInForce\n      minEntries\n      neverUsed {\n        code\n      }\n      rarelyUsed {\n        workItem {\n          code\n        }\n        entries\n        employees\n      }\n      farFromStandard {\n        workItem {\n          code\n        }\n        entries\n        actualMinutes\n        standardMinutes\n        actualToStandard\n      }\n    }\n  }\n": types.HygieneCatalogueHygieneDocument,
    "\n        mutation HygieneRetireWorkItem($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-09-01\", reason: \"Không còn phát sinh\" }) {\n            status\n          }\n        }\n      ": types.HygieneRetireWorkItemDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    title\n    status\n    deadline\n    effectiveDeadline\n    timeliness\n    workingDaysLate\n    workingDaysLeft\n    expectedQuantity\n    quantityDone\n    quality\n    majorErrors\n    excusedErrors\n    delays\n    excusedDelays\n    lead {\n      id\n      fullName\n    }\n    assigner {\n      id\n    }\n    coOperators {\n      id\n      fullName\n    }\n    workItem {\n      id\n      code\n    }\n    recorded {\n      entries\n      quantity\n    }\n    events {\n      action\n      fromStatus\n      toStatus\n      actor\n      comment\n      details\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  mutation AssignmentsAssign($input: AssignWorkInput!) {\n    assignWork(input: $input) {\n      ...AssignmentFields\n    }\n  }\n": types.AssignmentsAssignDocument,
    "\n    mutation AssignmentsAccept($id: ID!) {\n      result: acceptAssignment(id: $id) {\n        ...AssignmentFields\n      }\n    }\n  ": types.AssignmentsAcceptDocument,
    "\n    mutation AssignmentsSubmit($id: ID!, $submit: SubmitAssignmentInput) {\n      result: submitAssignment(id: $id, input: $submit) {\n        ...AssignmentFields\n      }\n    }\n  ": types.AssignmentsSubmitDocument,
    "\n    mutation AssignmentsComplete($id: ID!, $input: CompleteAssignmentInput!) {\n      result: completeAssignment(id: $id, input: $input) {\n        ...AssignmentFields\n      }\n    }\n  ": types.AssignmentsCompleteDocument,
    "\n    mutation AssignmentsReturn($id: ID!, $comment: String!) {\n      result: returnAssignment(id: $id, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  ": types.AssignmentsReturnDocument,
    "\n    mutation AssignmentsCancel($id: ID!, $comment: String!) {\n      result: cancelAssignment(id: $id, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  ": types.AssignmentsCancelDocument,
    "\n    mutation AssignmentsExtend($id: ID!, $deadline: LocalDate!, $comment: String!) {\n      result: extendAssignmentDeadline(id: $id, deadline: $deadline, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  ": types.AssignmentsExtendDocument,
    "\n    mutation AssignmentsReassign($id: ID!, $leadId: ID!) {\n      result: reassignAssignment(id: $id, leadId: $leadId) {\n        ...AssignmentFields\n      }\n    }\n  ": types.AssignmentsReassignDocument,
    "\n          query AssignmentsMyAssignments {\n            myAssignments(filter: { role: LEAD }) {\n              id\n            }\n          }\n        ": types.AssignmentsMyAssignmentsDocument,
    "\n          query AssignmentsMyAssignments2 {\n            myAssignments(filter: { role: COOPERATOR }) {\n              id\n            }\n          }\n        ": types.AssignmentsMyAssignments2Document,
    "\n          query AssignmentsMyAssignments3 {\n            myAssignments(filter: { dueWithinWorkingDays: 4 }) {\n              id\n            }\n          }\n        ": types.AssignmentsMyAssignments3Document,
    "\n        mutation AssignmentsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n              assignmentId\n            }\n          }\n        }\n      ": types.AssignmentsRecordDiaryEntryDocument,
    "\n          query AssignmentsAssignmentsToReview {\n            assignmentsToReview {\n              id\n            }\n          }\n        ": types.AssignmentsAssignmentsToReviewDocument,
    "\n          query AssignmentsMyAssignments4 {\n            myAssignments(filter: { role: LEAD }) {\n              id\n            }\n          }\n        ": types.AssignmentsMyAssignments4Document,
    "\n          query AssignmentsMyAssignments5 {\n            myAssignments(filter: { overdue: true }) {\n              id\n              timeliness\n              workingDaysLate\n            }\n          }\n        ": types.AssignmentsMyAssignments5Document,
    "\n        query AssignmentsAgency($unit: ID!, $person: ID!) {\n          agency(id: $unit) {\n            assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n              assigned\n              completed\n              onTime\n              late\n              overdue\n              pending\n              cancelled\n              overdueShare\n            }\n          }\n          employee(id: $person) {\n            assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n              onTime\n              late\n              overdue\n              overdueShare\n            }\n          }\n        }\n      ": types.AssignmentsAgencyDocument,
    "\n            query AssignmentsAgency2($unit: ID!) {\n              agency(id: $unit) {\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  assigned\n                }\n              }\n            }\n          ": types.AssignmentsAgency2Document,
    "\n          mutation AssignmentsRecordDiaryEntry2($input: RecordDiaryEntryInput!) {\n            recordDiaryEntry(input: $input) {\n              entry {\n                id\n              }\n            }\n          }\n        ": types.AssignmentsRecordDiaryEntry2Document,
    "\n        query AssignmentsAgency3($unit: ID!, $person: ID!) {\n          agency(id: $unit) {\n            missingDiaries(from: \"2026-11-01\", to: \"2026-11-30\") {\n              employee {\n                id\n                fullName\n              }\n              days\n              count\n            }\n          }\n          employee(id: $person) {\n            missingDiaryDays(from: \"2026-11-01\", to: \"2026-11-30\")\n          }\n        }\n      ": types.AssignmentsAgency3Document,
    "\n        query AssignmentsAgency4($unit: ID!) {\n          agency(id: $unit) {\n            reminders {\n              kind\n              employee {\n                id\n              }\n              days\n              assignment {\n                id\n                title\n              }\n              dueOn\n              message\n            }\n          }\n        }\n      ": types.AssignmentsAgency4Document,
    "\n          query AssignmentsEmployees($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                id\n                assignments {\n                  id\n                  lead {\n                    id\n                  }\n                  events {\n                    action\n                  }\n                  recorded {\n                    entries\n                  }\n                  timeliness\n                }\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  overdueShare\n                }\n              }\n            }\n          }\n        ": types.AssignmentsEmployeesDocument,
    "\n          query AssignmentsAgencies($first: Int!) {\n            agencies(first: $first) {\n              nodes {\n                id\n                missingDiaries(from: \"2026-11-01\", to: \"2026-11-19\") {\n                  count\n                }\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  assigned\n                }\n              }\n            }\n          }\n        ": types.AssignmentsAgenciesDocument,
    "\n  mutation DiaryRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        workDate\n        status\n        standardMinutes\n        coefficient\n        workItemVersion\n        quantity\n        actualMinutes\n        workPoints\n        flags\n        workItem {\n          id\n        }\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.DiaryRecordDiaryEntryDocument,
    "\n        query DiaryMe {\n          me {\n            diaryDay(date: \"2026-11-19\") {\n              isWorkingDay\n              actualMinutes\n              earnedStandardMinutes\n              standardDayMinutes\n              entries {\n                id\n              }\n              warnings\n              missing\n            }\n          }\n        }\n      ": types.DiaryMeDocument,
    "\n        query DiaryMe2 {\n          me {\n            diaryDay(date: \"2026-11-18\") {\n              actualMinutes\n              warnings\n            }\n          }\n        }\n      ": types.DiaryMe2Document,
    "\n      mutation DiaryCorrectEntry($id: ID!, $input: UpdateDiaryEntryInput!) {\n        updateDiaryEntry(id: $id, input: $input) {\n          entry {\n            actualMinutes\n          }\n        }\n      }\n    ": types.DiaryCorrectEntryDocument,
    "\n        mutation DiaryRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      ": types.DiaryRecordLeaveDocument,
    "\n        query DiaryMe3 {\n          me {\n            diaryPeriod(from: \"2026-11-09\", to: \"2026-11-20\") {\n              workingDays\n              daysOnLeave\n              missingDays\n              availableStandardMinutes\n              actualMinutes\n              daysOverStandard\n            }\n          }\n        }\n      ": types.DiaryMe3Document,
    "\n      query DiaryYearOfEntries($from: LocalDate!, $to: LocalDate!) {\n        me {\n          diaryEntries(from: $from, to: $to) {\n            id\n          }\n        }\n      }\n    ": types.DiaryYearOfEntriesDocument,
    "\n      query DiaryEmployee($id: ID!) {\n        employee(id: $id) {\n          diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\") {\n            id\n          }\n        }\n      }\n    ": types.DiaryEmployeeDocument,
    "\n          query DiaryWorkingCalendar {\n            workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n              day\n            }\n          }\n        ": types.DiaryWorkingCalendarDocument,
    "\n        query DiaryWorkItemByCode($code: String!) {\n          workItemByCode(code: $code) {\n            code\n            standardMinutes\n            usage(from: \"2026-10-21\", to: \"2026-11-20\") {\n              entries\n              employees\n              actualToStandard\n            }\n          }\n        }\n      ": types.DiaryWorkItemByCodeDocument,
    "\n        query DiaryReviewQueue {\n          reviewQueue(first: 200) {\n            id\n            flags\n            status\n            employee {\n              id\n            }\n          }\n        }\n      ": types.DiaryReviewQueueDocument,
    "\n        mutation DiaryReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            status\n          }\n        }\n      ": types.DiaryReviewDiaryEntriesDocument,
    "\n            mutation DiaryReviewDiaryEntries2($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n                status\n              }\n            }\n          ": types.DiaryReviewDiaryEntries2Document,
    "\n            mutation DiaryReviewDiaryEntries3($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: RETURN) {\n                status\n              }\n            }\n          ": types.DiaryReviewDiaryEntries3Document,
    "\n            mutation DiaryReviewDiaryEntries4($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n                status\n              }\n            }\n          ": types.DiaryReviewDiaryEntries4Document,
    "\n          query DiaryReviewQueue2 {\n            reviewQueue {\n              id\n            }\n          }\n        ": types.DiaryReviewQueue2Document,
    "\n    mutation DiaryRecordWorkEvents($events: [WorkEventInput!]!) {\n      recordWorkEvents(events: $events) {\n        externalId\n        status\n        entryId\n        reason\n        code\n        flags\n      }\n    }\n  ": types.DiaryRecordWorkEventsDocument,
    "\n      mutation DiarySetWorkItemMapping($input: SetWorkItemMappingInput!) {\n        setWorkItemMapping(input: $input) {\n          agencyId\n          documentType\n          workItem {\n            id\n          }\n        }\n      }\n    ": types.DiarySetWorkItemMappingDocument,
    "\n      query DiaryWorkItemMappings {\n        workItemMappings(client: \"client:eoffice\") {\n          agencyId\n          documentType\n        }\n      }\n    ": types.DiaryWorkItemMappingsDocument,
    "\n          query DiaryWorkItemByCode2 {\n            workItemByCode(code: \"B-001\") {\n              code\n            }\n          }\n        ": types.DiaryWorkItemByCode2Document,
    "\n      mutation DiaryReviewDiaryEntries5($ids: [ID!]!) {\n        reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n          id\n          reviewedAt\n        }\n      }\n    ": types.DiaryReviewDiaryEntries5Document,
    "\n      query DiaryEmployee2($id: ID!, $cut: DateTimeISO!) {\n        employee(id: $id) {\n          diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\", approvedBefore: $cut) {\n            id\n            status\n          }\n        }\n      }\n    ": types.DiaryEmployee2Document,
    "\n          query DiaryEmployee3($id: ID!, $cut: DateTimeISO!) {\n            employee(id: $id) {\n              diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\", status: RETURNED, approvedBefore: $cut) {\n                id\n              }\n            }\n          }\n        ": types.DiaryEmployee3Document,
    "\n      query DiaryEmployees($first: Int!) {\n        employees(first: $first) {\n          nodes {\n            code\n            diaryPeriod(from: \"2026-10-21\", to: \"2026-11-20\") {\n              workPoints\n              missingDays\n              days {\n                actualMinutes\n              }\n            }\n            leaves(from: \"2026-10-21\", to: \"2026-11-20\") {\n              fromDate\n            }\n          }\n        }\n      }\n    ": types.DiaryEmployeesDocument,
    "\n  mutation HistoryImport($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {\n    importDiaryHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {\n      applied\n      dryRun\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        employeeCode\n        action\n        errors\n      }\n    }\n  }\n": types.HistoryImportDocument,
    "\n  mutation HistoryImportAssignments($content: String!, $dryRun: Boolean!) {\n    importAssignmentHistory(format: CSV, content: $content, dryRun: $dryRun) {\n      applied\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        action\n        errors\n      }\n    }\n  }\n": types.HistoryImportAssignmentsDocument,
    "\n  mutation HistoryStartJob($content: String!) {\n    startDiaryHistoryImportJob(format: CSV, content: $content, reason: \"Năm 2026\") {\n      id\n    }\n  }\n": types.HistoryStartJobDocument,
    "\n  query HistoryJob($id: ID!) {\n    diaryJob(id: $id) {\n      state\n      summary\n      result\n    }\n  }\n": types.HistoryJobDocument,
    "\n        query HistoryAssignment($id: ID!) {\n          assignment(id: $id) {\n            imported\n            status\n          }\n        }\n      ": types.HistoryAssignmentDocument,
    "\n        mutation HistoryComputeMarch {\n          computeScoringPeriod(period: \"2026-03\") {\n            status\n          }\n        }\n      ": types.HistoryComputeMarchDocument,
    "\n        query HistoryMyMarch {\n          me {\n            periodScore(period: \"2026-03\") {\n              segments {\n                facts\n                imported {\n                  entries\n                  products\n                }\n              }\n            }\n          }\n        }\n      ": types.HistoryMyMarchDocument,
    "\n  mutation KeptFactsRecord($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        standardMinutes\n      }\n      warnings {\n        code\n      }\n    }\n  }\n": types.KeptFactsRecordDocument,
    "\n  mutation KeptFactsSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n    setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: \"Rà soát bản mô tả công việc\") {\n      id\n    }\n  }\n": types.KeptFactsSetPositionWorkItemsDocument,
    "\n  mutation KeptFactsUpdateJobPosition($id: ID!, $minutes: Int!) {\n    updateJobPosition(id: $id, input: { standardMinutesPerDay: $minutes }) {\n      standardMinutesPerDay\n    }\n  }\n": types.KeptFactsUpdateJobPositionDocument,
    "\n  query KeptFactsStaffPage($from: LocalDate!, $to: LocalDate!) {\n    me {\n      diaryEntries(from: $from, to: $to) {\n        workItem {\n          id\n          code\n          name\n          unit\n        }\n      }\n    }\n    myAssignments {\n      workItem {\n        id\n        name\n      }\n    }\n  }\n": types.KeptFactsStaffPageDocument,
    "\n  query KeptFactsCatalogueItem($id: ID!) {\n    workItem(id: $id) {\n      id\n      code\n      name\n      unit\n    }\n  }\n": types.KeptFactsCatalogueItemDocument,
    "\n    mutation KeptDaysRecordLeave($input: RecordLeaveInput!) {\n      recordLeave(input: $input) {\n        id\n      }\n    }\n  ": types.KeptDaysRecordLeaveDocument,
    "\n    mutation KeptDaysReopenDiaryPeriod($input: ReopenPeriodInput!) {\n      reopenDiaryPeriod(input: $input) {\n        month\n      }\n    }\n  ": types.KeptDaysReopenDiaryPeriodDocument,
    "\n  mutation LockdownRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        flags\n      }\n    }\n  }\n": types.LockdownRecordDiaryEntryDocument,
    "\n    query LockdownDiaryPolicies {\n      diaryPolicies {\n        effectiveFrom\n        effectiveTo\n        closeDay\n        graceDays\n        lateAfterWorkingDays\n        standardDayMinutes\n        farAboveFactor\n      }\n      diaryPolicy(on: \"2026-12-15\") {\n        closeDay\n      }\n    }\n  ": types.LockdownDiaryPoliciesDocument,
    "\n    mutation LockdownSetDiaryPolicy($input: SetDiaryPolicyInput!) {\n      setDiaryPolicy(input: $input) {\n        effectiveFrom\n        effectiveTo\n        closeDay\n      }\n    }\n  ": types.LockdownSetDiaryPolicyDocument,
    "\n    query LockdownDiaryAudit($entryId: ID, $from: DateTimeISO, $to: DateTimeISO, $first: Int) {\n      diaryAudit(entryId: $entryId, from: $from, to: $to, first: $first) {\n        action\n        entryId\n        agencyId\n        reason\n        actor\n        at\n        employee {\n          id\n        }\n      }\n    }\n  ": types.LockdownDiaryAuditDocument,
    "\n        mutation LockdownUpdateDiaryEntry($id: ID!) {\n          updateDiaryEntry(id: $id, input: { quantity: 2, override: true, reason: \"Sửa số lượng\" }) {\n            entry {\n              quantity\n            }\n          }\n        }\n      ": types.LockdownUpdateDiaryEntryDocument,
    "\n        mutation LockdownDeleteDiaryEntry($id: ID!) {\n          deleteDiaryEntry(id: $id, override: true, reason: \"Ghi nhầm người\")\n        }\n      ": types.LockdownDeleteDiaryEntryDocument,
    "\n      mutation LockdownReopenDiaryPeriod($input: ReopenPeriodInput!) {\n        reopenDiaryPeriod(input: $input) {\n          month\n          agencyId\n          until\n        }\n      }\n    ": types.LockdownReopenDiaryPeriodDocument,
    "\n      query LockdownDiaryPeriodReopenings {\n        diaryPeriodReopenings(month: \"2026-09-30\") {\n          month\n          agencyId\n          reopenedBy\n          reason\n        }\n      }\n    ": types.LockdownDiaryPeriodReopeningsDocument,
    "\n    query LockdownMe {\n      me {\n        missingDiaryDays(from: \"2026-11-02\", to: \"2026-11-08\")\n        holiday: diaryDay(date: \"2026-11-04\") {\n          isWorkingDay\n          holiday\n          missing\n        }\n        saturday: diaryDay(date: \"2026-11-07\") {\n          isWorkingDay\n          missing\n        }\n        diaryPeriod(from: \"2026-11-02\", to: \"2026-11-08\") {\n          workingDays\n          availableStandardMinutes\n        }\n      }\n    }\n  ": types.LockdownMeDocument,
    "\n    mutation LockdownSetCalendarDay($day: LocalDate!, $kind: CalendarDayKind, $name: String) {\n      setCalendarDay(day: $day, kind: $kind, name: $name) {\n        day\n        kind\n        name\n      }\n    }\n  ": types.LockdownSetCalendarDayDocument,
    "\n        query LockdownWorkingCalendar {\n          workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n            day\n            kind\n          }\n        }\n      ": types.LockdownWorkingCalendarDocument,
    "\n        query LockdownDiaryAudit2 {\n          diaryAudit(first: 5) {\n            action\n          }\n        }\n      ": types.LockdownDiaryAudit2Document,
    "\n    query LockdownEmployee($id: ID!) {\n      employee(id: $id) {\n        leaves(from: \"2026-11-01\", to: \"2026-11-30\") {\n          id\n          fromDate\n          toDate\n          kind\n        }\n        missingDiaryDays(from: \"2026-11-09\", to: \"2026-11-11\")\n      }\n    }\n  ": types.LockdownEmployeeDocument,
    "\n    mutation LockdownCancelLeave($id: ID!, $reason: String) {\n      cancelLeave(id: $id, reason: $reason) {\n        id\n        fromDate\n      }\n    }\n  ": types.LockdownCancelLeaveDocument,
    "\n        mutation LockdownRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      ": types.LockdownRecordLeaveDocument,
    "\n        query LockdownDiaryAudit3 {\n          diaryAudit(first: 10) {\n            action\n            reason\n            details\n            employee {\n              id\n            }\n          }\n        }\n      ": types.LockdownDiaryAudit3Document,
    "\n  mutation RemindersStart($agencyId: ID) {\n    startReminderJob(agencyId: $agencyId) {\n      id\n      kind\n      scope\n      state\n    }\n  }\n": types.RemindersStartDocument,
    "\n  query RemindersJob($id: ID!) {\n    diaryJob(id: $id) {\n      id\n      state\n      summary\n      result\n      attempts\n      errors {\n        code\n        attempt\n      }\n    }\n  }\n": types.RemindersJobDocument,
    "\n  query RemindersMine($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        subject\n        concernsOn\n        days\n        dueOn\n        message\n        messageEn\n        readAt\n        emailedAt\n        assignment {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.RemindersMineDocument,
    "\n  mutation RemindersPreferences($input: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(input: $input) {\n      kind\n      email\n      inApp\n    }\n  }\n": types.RemindersPreferencesDocument,
    "\n  mutation RemindersMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.RemindersMarkDocument,
    "\n        mutation RemindersAssign($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      ": types.RemindersAssignDocument,
    "\n        query RootOperationsReviewQueue {\n          reviewQueue {\n            id\n          }\n        }\n      ": types.RootOperationsReviewQueueDocument,
    "\n        query RootOperationsWorkingCalendar {\n          workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n            day\n          }\n        }\n      ": types.RootOperationsWorkingCalendarDocument,
    "\n        query RootOperationsDiaryPolicies {\n          diaryPolicies {\n            id\n          }\n        }\n      ": types.RootOperationsDiaryPoliciesDocument,
    "\n        query RootOperationsDiaryPolicy {\n          diaryPolicy(on: \"2026-11-20\") {\n            closeDay\n          }\n        }\n      ": types.RootOperationsDiaryPolicyDocument,
    "\n        query RootOperationsDiaryPeriodReopenings {\n          diaryPeriodReopenings(month: \"2026-09-01\") {\n            id\n          }\n        }\n      ": types.RootOperationsDiaryPeriodReopeningsDocument,
    "\n        query RootOperationsDiaryAudit($id: ID) {\n          diaryAudit(entryId: $id) {\n            id\n          }\n        }\n      ": types.RootOperationsDiaryAuditDocument,
    "\n        query RootOperationsWorkItemMappings {\n          workItemMappings(client: \"client:eoffice\") {\n            id\n          }\n        }\n      ": types.RootOperationsWorkItemMappingsDocument,
    "\n        query RootOperationsAssignment($id: ID!) {\n          assignment(id: $id) {\n            id\n          }\n        }\n      ": types.RootOperationsAssignmentDocument,
    "\n        query RootOperationsMe {\n          me {\n            id\n          }\n        }\n      ": types.RootOperationsMeDocument,
    "\n        query RootOperationsMyAssignments {\n          myAssignments {\n            id\n          }\n        }\n      ": types.RootOperationsMyAssignmentsDocument,
    "\n        query RootOperationsAssignmentsGiven {\n          assignmentsGiven {\n            id\n          }\n        }\n      ": types.RootOperationsAssignmentsGivenDocument,
    "\n        query RootOperationsAssignmentsToReview {\n          assignmentsToReview {\n            id\n          }\n        }\n      ": types.RootOperationsAssignmentsToReviewDocument,
    "\n        query RootOperationsScoringFacts($r: [ScoringFactsRange!]!) {\n          scoringFacts(ranges: $r) {\n            workingDays\n          }\n        }\n      ": types.RootOperationsScoringFactsDocument,
    "\n        query RootOperationsPackedScoringFacts($r: [ScoringFactsRange!]!) {\n          packedScoringFacts(ranges: $r) {\n            workingDays\n          }\n        }\n      ": types.RootOperationsPackedScoringFactsDocument,
    "\n        mutation RootOperationsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n            }\n          }\n        }\n      ": types.RootOperationsRecordDiaryEntryDocument,
    "\n        mutation RootOperationsUpdateDiaryEntry($id: ID!) {\n          updateDiaryEntry(id: $id, input: { quantity: 2 }) {\n            entry {\n              id\n            }\n          }\n        }\n      ": types.RootOperationsUpdateDiaryEntryDocument,
    "\n        mutation RootOperationsDeleteDiaryEntry($id: ID!) {\n          deleteDiaryEntry(id: $id)\n        }\n      ": types.RootOperationsDeleteDiaryEntryDocument,
    "\n        mutation RootOperationsReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            id\n          }\n        }\n      ": types.RootOperationsReviewDiaryEntriesDocument,
    "\n        mutation RootOperationsSetWorkItemMapping($input: SetWorkItemMappingInput!) {\n          setWorkItemMapping(input: $input) {\n            id\n          }\n        }\n      ": types.RootOperationsSetWorkItemMappingDocument,
    "\n        mutation RootOperationsSetCalendarDay {\n          setCalendarDay(day: \"2026-11-11\", kind: HOLIDAY, name: \"x\") {\n            day\n          }\n        }\n      ": types.RootOperationsSetCalendarDayDocument,
    "\n        mutation RootOperationsRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      ": types.RootOperationsRecordLeaveDocument,
    "\n        mutation RootOperationsCancelLeave($id: ID!) {\n          cancelLeave(id: $id) {\n            id\n          }\n        }\n      ": types.RootOperationsCancelLeaveDocument,
    "\n        mutation RootOperationsReopenDiaryPeriod($input: ReopenPeriodInput!) {\n          reopenDiaryPeriod(input: $input) {\n            id\n          }\n        }\n      ": types.RootOperationsReopenDiaryPeriodDocument,
    "\n        mutation RootOperationsSetDiaryPolicy($input: SetDiaryPolicyInput!) {\n          setDiaryPolicy(input: $input) {\n            id\n          }\n        }\n      ": types.RootOperationsSetDiaryPolicyDocument,
    "\n        mutation RootOperationsAssignWork($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      ": types.RootOperationsAssignWorkDocument,
    "\n        mutation RootOperationsAcceptAssignment($id: ID!) {\n          acceptAssignment(id: $id) {\n            id\n          }\n        }\n      ": types.RootOperationsAcceptAssignmentDocument,
    "\n        mutation RootOperationsSubmitAssignment($id: ID!) {\n          submitAssignment(id: $id) {\n            id\n          }\n        }\n      ": types.RootOperationsSubmitAssignmentDocument,
    "\n        mutation RootOperationsCompleteAssignment($id: ID!) {\n          completeAssignment(id: $id, input: { quality: GOOD }) {\n            id\n          }\n        }\n      ": types.RootOperationsCompleteAssignmentDocument,
    "\n        mutation RootOperationsReturnAssignment($id: ID!) {\n          returnAssignment(id: $id, comment: \"x\") {\n            id\n          }\n        }\n      ": types.RootOperationsReturnAssignmentDocument,
    "\n        mutation RootOperationsCancelAssignment($id: ID!) {\n          cancelAssignment(id: $id, comment: \"x\") {\n            id\n          }\n        }\n      ": types.RootOperationsCancelAssignmentDocument,
    "\n        mutation RootOperationsReassignAssignment($id: ID!, $lead: ID!) {\n          reassignAssignment(id: $id, leadId: $lead) {\n            id\n          }\n        }\n      ": types.RootOperationsReassignAssignmentDocument,
    "\n        mutation RootOperationsExtendAssignmentDeadline($id: ID!) {\n          extendAssignmentDeadline(id: $id, deadline: \"2026-12-31\", comment: \"x\") {\n            id\n          }\n        }\n      ": types.RootOperationsExtendAssignmentDeadlineDocument,
    "\n        mutation RootOperationsImportDiaryHistory {\n          importDiaryHistory(format: CSV, content: \"ZW1wbG95ZWVfY29kZQo=\") {\n            applied\n          }\n        }\n      ": types.RootOperationsImportDiaryHistoryDocument,
    "\n        mutation RootOperationsImportAssignmentHistory {\n          importAssignmentHistory(format: CSV, content: \"dGl0bGUK\") {\n            applied\n          }\n        }\n      ": types.RootOperationsImportAssignmentHistoryDocument,
    "\n        mutation RootOperationsStartDiaryHistoryImportJob {\n          startDiaryHistoryImportJob(format: CSV, content: \"ZW1wbG95ZWVfY29kZQo=\") {\n            id\n          }\n        }\n      ": types.RootOperationsStartDiaryHistoryImportJobDocument,
    "\n        query RootOperationsDiaryJob {\n          diaryJob(id: \"00000000-0000-0000-0000-000000000000\") {\n            id\n          }\n        }\n      ": types.RootOperationsDiaryJobDocument,
    "\n        query RootOperationsMyNotifications {\n          myNotifications(first: 5) {\n            totalCount\n          }\n        }\n      ": types.RootOperationsMyNotificationsDocument,
    "\n        query RootOperationsMyNotificationPreferences {\n          myNotificationPreferences {\n            kind\n          }\n        }\n      ": types.RootOperationsMyNotificationPreferencesDocument,
    "\n        mutation RootOperationsMarkNotificationsRead {\n          markNotificationsRead(ids: [\"00000000-0000-0000-0000-000000000000\"]) {\n            id\n          }\n        }\n      ": types.RootOperationsMarkNotificationsReadDocument,
    "\n        mutation RootOperationsMarkAllNotificationsRead {\n          markAllNotificationsRead\n        }\n      ": types.RootOperationsMarkAllNotificationsReadDocument,
    "\n        mutation RootOperationsSetNotificationPreferences {\n          setNotificationPreferences(input: [{ kind: MISSING_DIARY, email: false }]) {\n            kind\n          }\n        }\n      ": types.RootOperationsSetNotificationPreferencesDocument,
    "\n        mutation RootOperationsStartReminderJob($agencyId: ID) {\n          startReminderJob(agencyId: $agencyId) {\n            id\n          }\n        }\n      ": types.RootOperationsStartReminderJobDocument,
    "\n  query ScoringFactsScoringFacts($ranges: [ScoringFactsRange!]!) {\n    scoringFacts(ranges: $ranges) {\n      employeeId\n      from\n      to\n      workingDays\n      leaveDays\n      declaredDays\n      lateDeclarations\n      daysOverStandard\n      farAboveStandardEntries\n      entries\n      approvedEntries\n      approvedActualMinutes\n      items\n      itemGroups\n      packedItemGroups\n      workPoints\n      led\n      coOperated\n    }\n  }\n": types.ScoringFactsScoringFactsDocument,
    "\n  query ScoringFactsWorkPoints($ranges: [ScoringFactsRange!]!) {\n    scoringFacts(ranges: $ranges) {\n      employeeId\n      workPoints\n    }\n  }\n": types.ScoringFactsWorkPointsDocument,
    "\n  mutation ScoringFactsAssignWork($input: AssignWorkInput!) {\n    assignWork(input: $input) {\n      id\n    }\n  }\n": types.ScoringFactsAssignWorkDocument,
    "\n        mutation ScoringFactsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n            }\n          }\n        }\n      ": types.ScoringFactsRecordDiaryEntryDocument,
    "\n        mutation ScoringFactsReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            id\n          }\n        }\n      ": types.ScoringFactsReviewDiaryEntriesDocument,
    "\n        mutation ScoringFactsSubmitAssignment($id: ID!) {\n          submitAssignment(id: $id, input: { quantityDone: 2.5 }) {\n            id\n          }\n        }\n      ": types.ScoringFactsSubmitAssignmentDocument,
    "\n        mutation ScoringFactsCompleteAssignment($id: ID!, $input: CompleteAssignmentInput!) {\n          completeAssignment(id: $id, input: $input) {\n            id\n          }\n        }\n      ": types.ScoringFactsCompleteAssignmentDocument,
    "\n        mutation ScoringFactsRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      ": types.ScoringFactsRecordLeaveDocument,
    "\n        query ScoringFactsAssignment($id: ID!) {\n          assignment(id: $id) {\n            effectiveDeadline\n            timeliness\n          }\n        }\n      ": types.ScoringFactsAssignmentDocument,
    "\n          query ScoringFactsPacked($ranges: [ScoringFactsRange!]!) {\n            packedScoringFacts(ranges: $ranges) {\n              workingDays\n              leaveDays\n              declaredDays\n              lateDeclarations\n              daysOverStandard\n              farAboveStandardEntries\n              entries\n              approvedEntries\n              approvedActualMinutes\n              importedEntries\n              assignments\n              packedItemGroups\n              workItemIds\n              indexedItemGroups\n              workPoints\n            }\n          }\n        ": types.ScoringFactsPackedDocument,
    "\n          query ScoringFactsObjects($ranges: [ScoringFactsRange!]!) {\n            scoringFacts(ranges: $ranges) {\n              workingDays\n              leaveDays\n              declaredDays\n              lateDeclarations\n              daysOverStandard\n              farAboveStandardEntries\n              entries\n              approvedEntries\n              approvedActualMinutes\n              importedEntries\n              led\n              coOperated\n              packedItemGroups\n              workPoints\n            }\n          }\n        ": types.ScoringFactsObjectsDocument,
    "\n        query ScoringFactsLight($ranges: [ScoringFactsRange!]!) {\n          scoringFacts(ranges: $ranges) {\n            employeeId\n            workingDays\n          }\n        }\n      ": types.ScoringFactsLightDocument,
    "\n  query SelfViewDashboard($from: LocalDate!, $to: LocalDate!) {\n    me {\n      id\n      code\n      fullName\n      staffType\n      position {\n        title\n        category\n        isLeadership\n        standardMinutesPerDay\n      }\n      agency {\n        code\n        name\n      }\n      division {\n        name\n      }\n      diaryPeriod(from: $from, to: $to) {\n        workingDays\n        actualMinutes\n        earnedStandardMinutes\n        workPoints\n        approvedWorkPoints\n        availableStandardMinutes\n        missingDays\n        daysOverStandard\n      }\n      diaryEntries(from: $from, to: $to) {\n        id\n        workDate\n        quantity\n        actualMinutes\n        status\n        workPoints\n        flags\n        workItem {\n          code\n          name\n          unit\n        }\n      }\n      assignmentSummary(from: $from, to: $to) {\n        onTime\n        late\n        overdue\n        overdueShare\n      }\n    }\n    myAssignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {\n      id\n      title\n      deadline\n      effectiveDeadline\n      timeliness\n      workingDaysLeft\n      workItem {\n        name\n      }\n    }\n  }\n": types.SelfViewDashboardDocument,
    "\n    query SelfViewPeriod($from: LocalDate!, $to: LocalDate!) {\n      me {\n        diaryPeriod(from: $from, to: $to) {\n          workingDays\n        }\n      }\n      diaryPolicy(on: $from) {\n        graceDays\n      }\n    }\n  ": types.SelfViewPeriodDocument,
    "\n    query SelfViewPlace {\n      me {\n        position {\n          title\n        }\n        agency {\n          name\n        }\n      }\n    }\n  ": types.SelfViewPlaceDocument,
    "\n  query EducationTeachingLoad($id: ID!, $term: String!) {\n    employee(id: $id) {\n      fullName\n      teachingLoad(term: $term) {\n        role\n        weeklyNorm\n        normSource\n        normPeriods\n        taughtPeriods\n        substitutionPeriods\n        dutyPeriods\n        duties {\n          code\n          periods\n        }\n        totalPeriods\n        balance\n      }\n    }\n  }\n": types.EducationTeachingLoadDocument,
    "\n  query EducationSchoolTotals($id: ID!, $term: String!) {\n    agency(id: $id) {\n      name\n      school {\n        level\n      }\n      teachingTotals(term: $term) {\n        teachers\n        normPeriods\n        taughtPeriods\n        dutyPeriods\n        surplusPeriods\n        deficitPeriods\n      }\n    }\n  }\n": types.EducationSchoolTotalsDocument,
    "\n  query EducationScore($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        workPoints\n        frozen\n        segments {\n          workPoints\n          workSources {\n            provider\n            workPoints\n            lines {\n              code\n              quantity\n              workPoints\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EducationScoreDocument,
    "\n  mutation EducationDeliver($schoolId: ID!, $periods: [TaughtPeriodInput!]!) {\n    recordTaughtPeriods(schoolId: $schoolId, periods: $periods) {\n      externalId\n      outcome\n      code\n    }\n  }\n": types.EducationDeliverDocument,
    "\n  mutation EducationClose($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n": types.EducationCloseDocument,
    "\n      query EducationLoadPage($agencyId: ID!, $first: Int!, $term: String!) {\n        employees(first: $first, filter: { agencyId: $agencyId }) {\n          nodes {\n            teachingLoad(term: $term) {\n              taughtPeriods\n              dutyPeriods\n              balance\n            }\n          }\n        }\n      }\n    ": types.EducationLoadPageDocument,
    "\n  query CostEmployees($first: Int!, $from: LocalDate!, $to: LocalDate!) {\n    employees(first: $first) {\n      nodes {\n        code\n        diaryEntries(from: $from, to: $to) {\n          id\n          workDate\n          quantity\n          workItem {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.CostEmployeesDocument,
    "\n  mutation ClientsRegister($input: RegisterClientInput!) {\n    registerIntegrationClient(input: $input) {\n      secret\n      client {\n        id\n        clientId\n        scopes\n        requestsPerWindow\n        secretHash\n        registeredBy\n      }\n    }\n  }\n": types.ClientsRegisterDocument,
    "\n  mutation ClientsRotate($id: ID!) {\n    rotateIntegrationClientSecret(id: $id) {\n      secret\n    }\n  }\n": types.ClientsRotateDocument,
    "\n  mutation ClientsRevoke($id: ID!, $reason: String!) {\n    revokeIntegrationClient(id: $id, reason: $reason) {\n      revokedAt\n      revokedBy\n    }\n  }\n": types.ClientsRevokeDocument,
    "\n  query ClientsList {\n    integrationClients(includeRevoked: true) {\n      clientId\n      scopes\n      revokedAt\n    }\n  }\n": types.ClientsListDocument,
    "\n  mutation ClientsRestrict($id: ID!, $documents: [String!]!) {\n    setIntegrationClientOperations(id: $id, documents: $documents) {\n      operations {\n        operationId\n        name\n      }\n    }\n  }\n": types.ClientsRestrictDocument,
    "\n  query ClientsIntakeMappings {\n    intakeMappings {\n      client\n      documentType\n      workItemId\n    }\n  }\n": types.ClientsIntakeMappingsDocument,
    "\n  mutation ClientsRecordWorkEvents($events: [WorkEventInput!]!) {\n    recordWorkEvents(events: $events) {\n      status\n      reason\n    }\n  }\n": types.ClientsRecordWorkEventsDocument,
    "\n        query Limits__schema {\n          __schema {\n            types {\n              name\n              fields {\n                name\n                type {\n                  name\n                  kind\n                  ofType {\n                    name\n                    kind\n                    ofType {\n                      name\n                      kind\n                      ofType {\n                        name\n                        kind\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.Limits__SchemaDocument,
    "\n        query LimitsOrgTree {\n          orgTree {\n            code\n            children {\n              code\n            }\n          }\n        }\n      ": types.LimitsOrgTreeDocument,
    "\n  query OpenIdMe {\n    me {\n      code\n      access {\n        roles\n      }\n    }\n  }\n": types.OpenIdMeDocument,
    "\n  query OpenIdGrants {\n    roleGrants {\n      id\n    }\n  }\n": types.OpenIdGrantsDocument,
    "\n  query SignInGrants {\n    roleGrants {\n      id\n    }\n  }\n": types.SignInGrantsDocument,
    "\n  mutation SignInGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n": types.SignInGrantRoleDocument,
    "\n  mutation SignInRevokeRole($id: ID!, $reason: String!) {\n    revokeRole(id: $id, reason: $reason) {\n      revokedAt\n    }\n  }\n": types.SignInRevokeRoleDocument,
    "\n  query SignInEmployee($id: ID!) {\n    employee(id: $id) {\n      code\n    }\n  }\n": types.SignInEmployeeDocument,
    "\n  mutation SignInTransfer($input: PlacementInput!) {\n    transferEmployee(input: $input) {\n      agencyId\n    }\n  }\n": types.SignInTransferDocument,
    "\n  mutation SignInDeactivate($input: DeactivateEmployeeInput!) {\n    deactivateEmployee(input: $input) {\n      status\n    }\n  }\n": types.SignInDeactivateDocument,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      id\n      code\n      fullName\n      agency {\n        code\n      }\n    }\n  }\n": types.EmployeeDocument,
    "\n        query DirectoryMe {\n          me {\n            id\n            code\n            agency {\n              code\n            }\n            position {\n              title\n              category\n            }\n            supervisor {\n              id\n            }\n          }\n        }\n      ": types.DirectoryMeDocument,
    "\n        query DirectoryEmployees {\n          employees(first: 500) {\n            totalCount\n            nodes {\n              agency {\n                code\n              }\n            }\n          }\n        }\n      ": types.DirectoryEmployeesDocument,
    "\n        query DirectoryEmployees2 {\n          employees(first: 5, filter: { search: \"nguyen\" }) {\n            totalCount\n            nodes {\n              fullName\n            }\n          }\n        }\n      ": types.DirectoryEmployees2Document,
    "\n        query DirectoryEmployees3 {\n          employees(filter: { search: \"snv-0001\" }) {\n            nodes {\n              code\n            }\n          }\n        }\n      ": types.DirectoryEmployees3Document,
    "\n          query Page($agencyId: ID!, $after: String) {\n            employees(first: 7, after: $after, filter: { agencyId: $agencyId }, orderBy: { field: NAME }) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.PageDocument,
    "\n        query DirectoryEmployees4($id: ID!) {\n          employees(first: 500, filter: { agencyId: $id, positionCategory: LEADERSHIP, staffType: CADRE }) {\n            totalCount\n            nodes {\n              staffType\n              position {\n                category\n              }\n              agency {\n                code\n              }\n            }\n          }\n        }\n      ": types.DirectoryEmployees4Document,
    "\n      query DirectoryPeopleByIds($filter: EmployeeFilter!) {\n        employees(first: 500, filter: $filter) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.DirectoryPeopleByIdsDocument,
    "\n        query DirectoryAgencyByCode {\n          agencyByCode(code: \"STC\") {\n            name\n            kind\n          }\n          jobPositionByCode(agencyCode: \"STC\", code: \"LD-01\") {\n            title\n            isLeadership\n            agency {\n              code\n            }\n          }\n        }\n      ": types.DirectoryAgencyByCodeDocument,
    "\n        query DirectoryOrgTree {\n          orgTree {\n            code\n            children {\n              code\n              kind\n              children {\n                code\n                kind\n                parent {\n                  code\n                }\n                ancestors {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": types.DirectoryOrgTreeDocument,
    "\n      query DirectoryEmployee($id: ID!) {\n        employee(id: $id) {\n          placements {\n            kind\n            effectiveFrom\n            position {\n              code\n            }\n          }\n        }\n      }\n    ": types.DirectoryEmployeeDocument,
    "\n      query DirectoryJobPosition($id: ID!, $on: LocalDate!) {\n        jobPosition(id: $id) {\n          holders(on: $on) {\n            id\n          }\n        }\n      }\n    ": types.DirectoryJobPositionDocument,
    "\n        query DirectoryEmployee2($id: ID!, $on: LocalDate!) {\n          employee(id: $id) {\n            placementOn(date: $on) {\n              kind\n              position {\n                id\n              }\n            }\n          }\n        }\n      ": types.DirectoryEmployee2Document,
    "\n        query DirectoryMe2 {\n          me {\n            id\n          }\n        }\n      ": types.DirectoryMe2Document,
    "\n        query DirectoryEmployees5 {\n          employees {\n            totalCount\n          }\n        }\n      ": types.DirectoryEmployees5Document,
    "\n        query DirectoryOrgTree2 {\n          orgTree {\n            id\n          }\n        }\n      ": types.DirectoryOrgTree2Document,
    "\n          query DirectoryMe3 {\n            me {\n              id\n            }\n          }\n        ": types.DirectoryMe3Document,
    "\n        query Directory__schema {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": types.Directory__SchemaDocument,
    "\n            query DirectoryMe4 {\n              me {\n                id\n              }\n            }\n          ": types.DirectoryMe4Document,
    "\n            query DirectoryEmployees6 {\n              employees {\n                totalCount\n              }\n            }\n          ": types.DirectoryEmployees6Document,
    "\n      query DirectoryScoringUnits($ids: [ID!]!, $from: LocalDate!, $to: LocalDate!) {\n        scoringUnits(ids: $ids, from: $from, to: $to) {\n          employeeId\n          supervisorId\n          effectiveFrom\n          effectiveTo\n          sectorCodes\n          positionCategory\n          isLeadership\n          standardMinutesPerDay\n        }\n      }\n    ": types.DirectoryScoringUnitsDocument,
    "\n    query FirstPage($first: Int!) {\n      employees(first: $first, orderBy: { field: CODE }) {\n        totalCount\n        nodes {\n          code\n          agency {\n            name\n            parent {\n              name\n            }\n          }\n          division {\n            name\n          }\n          position {\n            title\n            category\n            agency {\n              code\n            }\n          }\n          supervisor {\n            fullName\n            position {\n              title\n            }\n            division {\n              name\n            }\n          }\n          subordinates {\n            code\n          }\n        }\n      }\n    }\n  ": types.FirstPageDocument,
    "\n        query DirectoryOrgTree3 {\n          orgTree {\n            children {\n              children {\n                positions {\n                  title\n                }\n              }\n            }\n          }\n        }\n      ": types.DirectoryOrgTree3Document,
    "\n  mutation GrantsGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n      agencyId\n      effectiveFrom\n      effectiveTo\n      grantedBy\n      reason\n      revokedAt\n      employee {\n        code\n      }\n    }\n  }\n": types.GrantsGrantRoleDocument,
    "\n  mutation GrantsRevokeRole($id: ID!, $reason: String!) {\n    revokeRole(id: $id, reason: $reason) {\n      id\n      revokedBy\n      revokedAt\n      revokeReason\n    }\n  }\n": types.GrantsRevokeRoleDocument,
    "\n  query GrantsAccess($id: ID!) {\n    employee(id: $id) {\n      access {\n        roles\n        agencyIds\n        unitIds\n      }\n    }\n  }\n": types.GrantsAccessDocument,
    "\n  query GrantsList($filter: RoleGrantFilter) {\n    roleGrants(filter: $filter) {\n      id\n      role\n      employeeId\n      agencyId\n    }\n  }\n": types.GrantsListDocument,
    "\n          query GrantsAccessPage($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                access {\n                  roles\n                }\n              }\n            }\n          }\n        ": types.GrantsAccessPageDocument,
    "\n  mutation MutationsCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      code\n      agency {\n        code\n      }\n      division {\n        code\n      }\n      position {\n        code\n      }\n      placements {\n        kind\n        effectiveFrom\n        effectiveTo\n      }\n    }\n  }\n": types.MutationsCreateEmployeeDocument,
    "\n  mutation MutationsTransferEmployee($input: PlacementInput!) {\n    transferEmployee(input: $input) {\n      id\n      agency {\n        code\n      }\n      position {\n        id\n      }\n      supervisor {\n        id\n      }\n      placements {\n        kind\n        effectiveFrom\n        effectiveTo\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.MutationsTransferEmployeeDocument,
    "\n      mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          code\n          name\n          kind\n          depth\n          parent {\n            code\n          }\n        }\n      }\n    ": types.MutationsCreateAgencyDocument,
    "\n      mutation MutationsCreateAgency2($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          code\n          parent {\n            code\n          }\n          ancestors {\n            code\n          }\n        }\n      }\n    ": types.MutationsCreateAgency2Document,
    "\n      mutation MutationsCreateAgency3($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          id\n        }\n      }\n    ": types.MutationsCreateAgency3Document,
    "\n      mutation MutationsUpdateAgency($id: ID!, $parentId: ID!) {\n        updateAgency(id: $id, input: { parentId: $parentId }) {\n          code\n          depth\n          parent {\n            code\n          }\n        }\n      }\n    ": types.MutationsUpdateAgencyDocument,
    "\n    mutation MutationsCreateJobPosition($input: CreateJobPositionInput!) {\n      createJobPosition(input: $input) {\n        code\n        title\n        category\n        isLeadership\n        standardMinutesPerDay\n        agency {\n          code\n        }\n      }\n    }\n  ": types.MutationsCreateJobPositionDocument,
    "\n      mutation MutationsUpdateEmployee($id: ID!) {\n        updateEmployee(id: $id, input: { fullName: \"Renamed\" }) {\n          id\n        }\n      }\n    ": types.MutationsUpdateEmployeeDocument,
    "\n      query MutationsEmployee($id: ID!, $on: LocalDate!) {\n        employee(id: $id) {\n          placementOn(date: $on) {\n            agency {\n              code\n            }\n            position {\n              id\n            }\n          }\n        }\n      }\n    ": types.MutationsEmployeeDocument,
    "\n      mutation MutationsAppointEmployee($input: PlacementInput!) {\n        appointEmployee(input: $input) {\n          position {\n            code\n            isLeadership\n          }\n          placements {\n            kind\n          }\n        }\n      }\n    ": types.MutationsAppointEmployeeDocument,
    "\n      mutation MutationsUpdateEmployee2($id: ID!, $supervisorId: ID!) {\n        updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {\n          id\n        }\n      }\n    ": types.MutationsUpdateEmployee2Document,
    "\n      mutation MutationsDeactivateEmployee($input: DeactivateEmployeeInput!) {\n        deactivateEmployee(input: $input) {\n          status\n          position {\n            id\n          }\n          placements {\n            kind\n            effectiveFrom\n            effectiveTo\n          }\n        }\n      }\n    ": types.MutationsDeactivateEmployeeDocument,
    "\n            mutation MutationsUpdateEmployee3($id: ID!) {\n              updateEmployee(id: $id, input: { fullName: \"X\" }) {\n                id\n              }\n            }\n          ": types.MutationsUpdateEmployee3Document,
    "\n  mutation PlacementImportHistory($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {\n    importPlacementHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {\n      applied\n      dryRun\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        employeeCode\n        effectiveFrom\n        action\n        errors\n      }\n    }\n  }\n": types.PlacementImportHistoryDocument,
    "\n  query PlacementImportCareers($ids: [ID!]!) {\n    employees(filter: { ids: $ids }, first: 10) {\n      nodes {\n        code\n        placements {\n          kind\n          effectiveFrom\n          effectiveTo\n          imported\n          recordedBy\n          decisionNumber\n          agency {\n            code\n          }\n          division {\n            code\n          }\n          position {\n            code\n          }\n          supervisor {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.PlacementImportCareersDocument,
    "\n  mutation PlacementImportStartJob($content: String!) {\n    startPlacementImportJob(format: CSV, content: $content, reason: \"Hồ sơ năm 2015\") {\n      id\n      kind\n      scope\n    }\n  }\n": types.PlacementImportStartJobDocument,
    "\n  query PlacementImportJob($id: ID!) {\n    personnelJob(id: $id) {\n      state\n      summary\n      result\n    }\n  }\n": types.PlacementImportJobDocument,
    "\n  query AnalyticsProvinceOverview($period: String!, $first: Int!, $agencyId: ID) {\n    provinceOverview(period: $period) {\n      period {\n        code\n        status\n      }\n      distribution {\n        people\n        scored\n        meanScore\n        levels {\n          excellent\n          good\n          completed\n          notCompleted\n        }\n        histogram {\n          from\n          to\n          people\n        }\n      }\n      byAgency {\n        key\n        headcount\n        people\n        scored\n        meanScore\n        levels {\n          excellent\n          good\n          completed\n          notCompleted\n        }\n        agency {\n          id\n        }\n      }\n      bySector {\n        key\n        people\n        meanScore\n      }\n      byCategory {\n        key\n        category\n        people\n        meanScore\n      }\n      trend(months: 6) {\n        period\n        people\n        scored\n        meanScore\n        notCompletedShare\n        declaredHoursPerWorkingDay\n      }\n      diaryDiscipline {\n        agency {\n          id\n        }\n        headcount\n        availableDays\n        declaredDays\n        missingDiaryRate\n        daysOverStandard\n        overStandardDayShare\n        entries\n        lateDeclarations\n        lateDeclarationShare\n      }\n      anomalies {\n        kind\n        agency {\n          id\n        }\n        employee {\n          id\n        }\n        figure\n        baseline\n        measure\n        message\n        rank\n        found\n      }\n      catalogueUsage(first: $first) {\n        itemsUsed\n        mostUsed {\n          workItem {\n            id\n          }\n          entries\n          people\n          quantity\n          actualMinutes\n          standardMinutes\n          actualToStandard\n        }\n        leastUsed {\n          workItem {\n            id\n          }\n          entries\n        }\n      }\n      staffingNeeds(agencyId: $agencyId) {\n        position {\n          id\n        }\n        agency {\n          id\n        }\n        headcount\n        holders\n        workloadMinutes\n        capacityMinutes\n        utilisation\n        positionsNeeded\n        gap\n      }\n    }\n  }\n": types.AnalyticsProvinceOverviewDocument,
    "\n      mutation AnalyticsTransferEmployee($input: PlacementInput!) {\n        transferEmployee(input: $input) {\n          id\n        }\n      }\n    ": types.AnalyticsTransferEmployeeDocument,
    "\n        mutation AnalyticsComputeScoringPeriod($period: String!) {\n          computeScoringPeriod(period: $period) {\n            status\n          }\n        }\n      ": types.AnalyticsComputeScoringPeriodDocument,
    "\n          query AnalyticsProvinceOverview2 {\n            provinceOverview(period: \"2026-10\") {\n              distribution {\n                people\n              }\n            }\n          }\n        ": types.AnalyticsProvinceOverview2Document,
    "\n        query AnalyticsProvinceOverview3 {\n          provinceOverview(period: \"2026-08\") {\n            period {\n              code\n            }\n          }\n        }\n      ": types.AnalyticsProvinceOverview3Document,
    "\n          query AnalyticsProvinceOverview4 {\n            provinceOverview(period: \"October\") {\n              period {\n                code\n              }\n            }\n          }\n        ": types.AnalyticsProvinceOverview4Document,
    "\n  fragment AssessmentRow on AnnualAssessment {\n    employee {\n      id\n    }\n    agencyId\n    positionCategory\n    isLeadership\n    months\n    kpiScore\n    kpiShare\n    kpiPoints\n    otherCriteria\n    total\n    level\n    levelByBand\n    gate\n    rank\n    capped\n    tiedAtCap\n    status\n  }\n": types.AssessmentRowFragmentDoc,
    "\n  mutation AssessmentPrepare($a: ID!) {\n    prepareAnnualAssessment(year: 2026, agencyId: $a) {\n      ...AssessmentRow\n    }\n  }\n": types.AssessmentPrepareDocument,
    "\n  mutation AssessmentOther($e: ID!, $p: Float!, $d: Boolean) {\n    scoreOtherCriteria(year: 2026, employeeId: $e, input: { points: $p, disciplined: $d }) {\n      ...AssessmentRow\n    }\n  }\n": types.AssessmentOtherDocument,
    "\n  query AssessmentRanked($a: ID!, $year: Int!) {\n    annualAssessments(year: $year, agencyId: $a) {\n      ...AssessmentRow\n    }\n  }\n": types.AssessmentRankedDocument,
    "\n        mutation AssessmentCloseScoringPeriod($p: String!) {\n          closeScoringPeriod(period: $p) {\n            status\n          }\n        }\n      ": types.AssessmentCloseScoringPeriodDocument,
    "\n        mutation AssessmentConfirmAnnualAssessment($a: ID!) {\n          confirmAnnualAssessment(year: 2026, agencyId: $a) {\n            status\n          }\n        }\n      ": types.AssessmentConfirmAnnualAssessmentDocument,
    "\n        mutation AssessmentConfirmAnnualAssessment2($a: ID!) {\n          confirmAnnualAssessment(year: 2026, agencyId: $a) {\n            status\n            level\n          }\n        }\n      ": types.AssessmentConfirmAnnualAssessment2Document,
    "\n        query AssessmentRewardProposals($a: ID!) {\n          rewardProposals(year: 2026, agencyId: $a) {\n            titles\n            assessment {\n              level\n              employee {\n                id\n              }\n            }\n          }\n        }\n      ": types.AssessmentRewardProposalsDocument,
    "\n          query AssessmentEmployee($id: ID!) {\n            employee(id: $id) {\n              annualAssessment(year: 2026) {\n                status\n                total\n              }\n            }\n          }\n        ": types.AssessmentEmployeeDocument,
    "\n        mutation AssessmentPrepareAnnualAssessment($a: ID!) {\n          prepareAnnualAssessment(year: 2025, agencyId: $a) {\n            total\n          }\n        }\n      ": types.AssessmentPrepareAnnualAssessmentDocument,
    "\n          mutation AssessmentScoreOtherCriteria($e: ID!) {\n            scoreOtherCriteria(year: 2025, employeeId: $e, input: { points: 30 }) {\n              total\n            }\n          }\n        ": types.AssessmentScoreOtherCriteriaDocument,
    "\n          mutation AssessmentConfirmAnnualAssessment3($a: ID!, $x: [ID!]) {\n            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n              level\n            }\n          }\n        ": types.AssessmentConfirmAnnualAssessment3Document,
    "\n          mutation AssessmentConfirmAnnualAssessment4($a: ID!, $x: [ID!]) {\n            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n              level\n            }\n          }\n        ": types.AssessmentConfirmAnnualAssessment4Document,
    "\n        mutation AssessmentConfirmAnnualAssessment5($a: ID!, $x: [ID!]) {\n          confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n            employee {\n              id\n            }\n            level\n            status\n            tiedAtCap\n          }\n        }\n      ": types.AssessmentConfirmAnnualAssessment5Document,
    "\n        query AssessmentRewardProposals2($a: ID!) {\n          rewardProposals(year: 2025, agencyId: $a) {\n            titles\n            assessment {\n              employee {\n                id\n              }\n              level\n            }\n          }\n        }\n      ": types.AssessmentRewardProposals2Document,
    "\n  fragment JobsJob on Job {\n    id\n    kind\n    scope\n    state\n    phase\n    done\n    total\n    attempts\n    summary\n    requestedBy\n    errors {\n      code\n      message\n      attempt\n    }\n  }\n": types.JobsJobFragmentDoc,
    "\n  mutation JobsStartPeriod($period: String!, $action: ScoringPeriodAction!, $reason: String) {\n    startScoringPeriodJob(period: $period, action: $action, reason: $reason) {\n      ...JobsJob\n    }\n  }\n": types.JobsStartPeriodDocument,
    "\n  query JobsJob($id: ID!) {\n    scoringJob(id: $id) {\n      ...JobsJob\n    }\n  }\n": types.JobsJobDocument,
    "\n  query JobsRecent {\n    scoringJobs(first: 5) {\n      id\n      state\n    }\n  }\n": types.JobsRecentDocument,
    "\n  mutation JobsCloseNow($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n": types.JobsCloseNowDocument,
    "\n  query JobsPeriod($period: String!) {\n    scoringPeriod(period: $period) {\n      status\n    }\n  }\n": types.JobsPeriodDocument,
    "\n  mutation JobsPrepare($agencyId: ID!, $year: Int!) {\n    startAnnualAssessmentJob(agencyId: $agencyId, year: $year) {\n      ...JobsJob\n    }\n  }\n": types.JobsPrepareDocument,
    "\n  mutation LiveRotate($input: PlacementInput!) {\n    rotateEmployee(input: $input) {\n      id\n    }\n  }\n": types.LiveRotateDocument,
    "\n  mutation LiveSupervise($id: ID!, $supervisorId: ID) {\n    updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {\n      id\n    }\n  }\n": types.LiveSuperviseDocument,
    "\n  mutation LiveCompute($period: String!) {\n    computeScoringPeriod(period: $period) {\n      code\n    }\n  }\n": types.LiveComputeDocument,
    "\n  fragment LiveFigures on PeriodScore {\n    score\n    ownScore\n    unitScore\n    level\n    workPoints\n  }\n": types.LiveFiguresFragmentDoc,
    "\n  query LiveOne($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        ...LiveFigures\n      }\n    }\n  }\n": types.LiveOneDocument,
    "\n  query LiveTeam($agencyId: ID!, $period: String!) {\n    employees(first: 500, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        periodScore(period: $period) {\n          ...LiveFigures\n        }\n      }\n    }\n  }\n": types.LiveTeamDocument,
    "\n  query LiveExplained($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        ...LiveFigures\n        segments {\n          workPoints\n          facts\n        }\n      }\n    }\n  }\n": types.LiveExplainedDocument,
    "\n      query LivePage($first: Int!, $period: String!) {\n        employees(first: $first, orderBy: { field: CODE }) {\n          nodes {\n            id\n            periodScore(period: $period) {\n              score\n              level\n            }\n          }\n        }\n      }\n    ": types.LivePageDocument,
    "\n  fragment ScoringScore on PeriodScore {\n    score\n    ownScore\n    unitScore\n    level\n    levelByBand\n    gate\n    overdueShare\n    workPoints\n    capacityMinutes\n    availableDays\n    policyVersion\n    frozen\n    indicators {\n      quantity\n      timeliness\n      quality\n      proactivity\n      coordination\n      creativity\n      overdue\n    }\n    segments {\n      from\n      to\n      agencyId\n      divisionId\n      positionCategory\n      kpi\n      availableDays\n      workPoints\n      facts\n    }\n  }\n": types.ScoringScoreFragmentDoc,
    "\n  query ScoringMyScore($period: String!) {\n    me {\n      periodScore(period: $period) {\n        ...ScoringScore\n        period {\n          status\n        }\n      }\n    }\n  }\n": types.ScoringMyScoreDocument,
    "\n            query ScoringEmployee($id: ID!) {\n              employee(id: $id) {\n                periodScore(period: \"2026-11\") {\n                  score\n                }\n              }\n            }\n          ": types.ScoringEmployeeDocument,
    "\n            query ScoringMyStretches($period: String!) {\n              me {\n                periodScore(period: $period) {\n                  segments {\n                    from\n                    sectorCode\n                  }\n                }\n              }\n            }\n          ": types.ScoringMyStretchesDocument,
    "\n  mutation ScoringComputeAgency($period: String!, $agencyId: ID) {\n    computeScoringPeriod(period: $period, agencyId: $agencyId) {\n      code\n    }\n  }\n": types.ScoringComputeAgencyDocument,
    "\n        mutation ScoringTransferEmployee($input: PlacementInput!) {\n          transferEmployee(input: $input) {\n            id\n          }\n        }\n      ": types.ScoringTransferEmployeeDocument,
    "\n        query ScoringEmployee2($id: ID!) {\n          employee(id: $id) {\n            periodScore(period: \"2026-10\") {\n              ownScore\n              agency {\n                id\n              }\n              segments {\n                from\n                to\n                agencyId\n                kpi\n                availableDays\n              }\n            }\n          }\n        }\n      ": types.ScoringEmployee2Document,
    "\n            mutation ScoringCloseScoringPeriod($p: String!) {\n              closeScoringPeriod(period: $p) {\n                status\n              }\n            }\n          ": types.ScoringCloseScoringPeriodDocument,
    "\n        mutation ScoringCloseScoringPeriod2 {\n          closeScoringPeriod(period: \"2026-10\", reason: \"Chốt số liệu tháng 10\") {\n            status\n            policyVersion\n          }\n        }\n      ": types.ScoringCloseScoringPeriod2Document,
    "\n        mutation ScoringSetScoringPolicy {\n          setScoringPolicy(input: { effectiveFrom: \"2026-10-01\", preset: \"KHANH_HOA\", reason: \"Áp dụng khung điểm của tỉnh\" }) {\n            version\n          }\n        }\n      ": types.ScoringSetScoringPolicyDocument,
    "\n        mutation ScoringRecomputeScoringPeriod {\n          recomputeScoringPeriod(period: \"2026-10\") {\n            people\n            changed\n          }\n        }\n      ": types.ScoringRecomputeScoringPeriodDocument,
    "\n        mutation ScoringReopenScoringPeriod {\n          reopenScoringPeriod(period: \"2026-10\", reason: \"Bổ sung số liệu\") {\n            status\n          }\n        }\n      ": types.ScoringReopenScoringPeriodDocument,
    "\n        mutation ScoringComputeScoringPeriod {\n          computeScoringPeriod(period: \"2026-10\") {\n            status\n          }\n        }\n      ": types.ScoringComputeScoringPeriodDocument,
    "\n        query ScoringAgency($id: ID!) {\n          agency(id: $id) {\n            scoreSummary(period: \"2026-10\") {\n              people\n              scored\n              meanScore\n              excellent\n              good\n              completed\n              notCompleted\n            }\n          }\n        }\n      ": types.ScoringAgencyDocument,
    "\n        mutation ScoringCloseScoringPeriod3 {\n          closeScoringPeriod(period: \"2026-10\") {\n            status\n          }\n        }\n      ": types.ScoringCloseScoringPeriod3Document,
    "\n          query ScoringEmployees($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                id\n                periodScore(period: \"2026-10\") {\n                  score\n                  level\n                  period {\n                    status\n                  }\n                }\n                creativityRating(period: \"2026-10\") {\n                  points\n                }\n                annualAssessment(year: 2026) {\n                  total\n                }\n              }\n            }\n          }\n        ": types.ScoringEmployeesDocument,
    "\n      query ScoringProvinceOverview {\n        provinceOverview(period: \"2026-10\") {\n          distribution {\n            people\n          }\n        }\n      }\n    ": types.ScoringProvinceOverviewDocument,
    "\n          query ScoringEmployee3($id: ID!) {\n            employee(id: $id) {\n              fullName\n            }\n            provinceOverview(period: \"2026-10\") {\n              byAgency {\n                meanScore\n              }\n            }\n          }\n        ": types.ScoringEmployee3Document,
    "\n            mutation ScoringSetScoringPolicy2($o: JSONObject) {\n              setScoringPolicy(input: { effectiveFrom: \"2027-01-01\", preset: \"DECREE_335\", overrides: $o, reason: \"test\" }) {\n                version\n              }\n            }\n          ": types.ScoringSetScoringPolicy2Document,
    "\n    query ScoringProducts($period: String!) {\n      me {\n        periodScore(period: $period) {\n          policyVersion\n          segments {\n            products {\n              judged\n              completed\n              judgedUnits\n              completedUnits\n              unitsMeetingRequirements\n              unitsOnTime\n              quantityPct\n              qualityPct\n              progressPct\n              plainQualityPct\n              plainProgressPct\n            }\n          }\n        }\n      }\n    }\n  ": types.ScoringProductsDocument,
    "\n        mutation ScoringAssignTen($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      ": types.ScoringAssignTenDocument,
    "\n        mutation ScoringAcceptTen($id: ID!) {\n          acceptAssignment(id: $id) {\n            id\n          }\n        }\n      ": types.ScoringAcceptTenDocument,
    "\n        mutation ScoringSubmitEight($id: ID!) {\n          submitAssignment(id: $id, input: { quantityDone: 8 }) {\n            id\n          }\n        }\n      ": types.ScoringSubmitEightDocument,
    "\n        mutation ScoringCompleteEight($id: ID!) {\n          completeAssignment(id: $id, input: { quality: GOOD }) {\n            id\n          }\n        }\n      ": types.ScoringCompleteEightDocument,
    "\n    mutation ScoringSetLeaderBands($o: JSONObject) {\n      setScoringPolicy(input: { effectiveFrom: \"2027-03-01\", preset: \"KHANH_HOA\", overrides: $o, reason: \"leaders' own bands\" }) {\n        version\n        rules\n      }\n    }\n  ": types.ScoringSetLeaderBandsDocument,
    "\n    mutation ScoringSetToCorrect($from: LocalDate!) {\n      setScoringPolicy(input: { effectiveFrom: $from, preset: \"DECREE_335\", reason: \"a version with a mistake\" }) {\n        version\n        effectiveFrom\n      }\n    }\n  ": types.ScoringSetToCorrectDocument,
    "\n    mutation ScoringAmend($version: Int!, $input: ScoringPolicyInput!) {\n      amendScoringPolicy(version: $version, input: $input) {\n        version\n        effectiveFrom\n        rules\n      }\n    }\n  ": types.ScoringAmendDocument,
    "\n    mutation ScoringWithdraw($version: Int!, $reason: String!) {\n      withdrawScoringPolicy(version: $version, reason: $reason) {\n        version\n      }\n    }\n  ": types.ScoringWithdrawDocument,
    "\n    query ScoringPolicyLine {\n      scoringPolicies {\n        version\n        effectiveFrom\n        effectiveTo\n      }\n      scoringPolicyChanges {\n        version\n        action\n        effectiveFrom\n        rules\n        changedBy\n        reason\n      }\n    }\n  ": types.ScoringPolicyLineDocument,
    "\n    mutation ScoringStartAgencyJob($period: String!, $action: ScoringPeriodAction!, $agencyId: ID, $reason: String) {\n      startScoringPeriodJob(period: $period, action: $action, agencyId: $agencyId, reason: $reason) {\n        id\n      }\n    }\n  ": types.ScoringStartAgencyJobDocument,
    "\n    query ScoringAgencyJob($id: ID!) {\n      scoringJob(id: $id) {\n        state\n        summary\n        errors {\n          code\n        }\n      }\n    }\n  ": types.ScoringAgencyJobDocument,
    "\n    mutation ScoringCloseAgency($period: String!, $agencyId: ID, $reason: String) {\n      closeScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {\n        status\n        agencyCloses {\n          agencyId\n          people\n          closedBy\n          reason\n        }\n      }\n    }\n  ": types.ScoringCloseAgencyDocument,
    "\n    mutation ScoringReopenAgency($period: String!, $agencyId: ID, $reason: String!) {\n      reopenScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {\n        status\n        agencyCloses {\n          agencyId\n        }\n      }\n    }\n  ": types.ScoringReopenAgencyDocument,
    "\n    mutation ScoringRecomputeAgency($period: String!, $agencyId: ID) {\n      recomputeScoringPeriod(period: $period, agencyId: $agencyId) {\n        people\n        changed\n      }\n    }\n  ": types.ScoringRecomputeAgencyDocument,
    "\n    mutation ScoringComputeOctober($agencyId: ID) {\n      computeScoringPeriod(period: \"2026-10\", agencyId: $agencyId) {\n        status\n      }\n    }\n  ": types.ScoringComputeOctoberDocument,
    "\n    mutation ScoringRateClosed($id: ID!) {\n      rateCreativity(employeeId: $id, period: \"2026-10\", points: 80) {\n        points\n      }\n    }\n  ": types.ScoringRateClosedDocument,
    "\n        query ScoringPeriodCloses {\n          scoringPeriod(period: \"2026-10\") {\n            status\n            agencyCloses {\n              agencyId\n              people\n              reason\n            }\n          }\n        }\n      ": types.ScoringPeriodClosesDocument,
    "\n  query TeamPage($agencyId: ID!, $first: Int!, $period: String!) {\n    employees(first: $first, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        fullName\n        periodScore(period: $period) {\n          score\n          level\n          frozen\n          workPoints\n          indicators {\n            quantity\n            timeliness\n            quality\n          }\n        }\n      }\n    }\n  }\n": types.TeamPageDocument,
    "\n  mutation TeamPageRename($id: ID!, $fullName: String!) {\n    updateEmployee(id: $id, input: { fullName: $fullName }) {\n      id\n    }\n  }\n": types.TeamPageRenameDocument,
    "\n  mutation TeamPageClose($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n": types.TeamPageCloseDocument,
    "\n  mutation WebRemindersStart {\n    startReminderJob {\n      id\n    }\n  }\n": types.WebRemindersStartDocument,
    "\n  query WebRemindersJob($id: ID!) {\n    diaryJob(id: $id) {\n      state\n      summary\n    }\n  }\n": types.WebRemindersJobDocument,
    "\n  query WebRemindersPreferences {\n    myNotificationPreferences {\n      kind\n      email\n    }\n  }\n": types.WebRemindersPreferencesDocument,
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
export function graphql(source: "\n  fragment Item on WorkItem {\n    id\n    code\n    versions {\n      id\n      version\n      approval\n      effectiveFrom\n      effectiveTo\n      standardMinutes\n    }\n    pendingVersion {\n      id\n      version\n      approval\n      effectiveFrom\n      standardMinutes\n    }\n    history {\n      action\n      actor\n      reason\n      details\n    }\n  }\n"): (typeof documents)["\n  fragment Item on WorkItem {\n    id\n    code\n    versions {\n      id\n      version\n      approval\n      effectiveFrom\n      effectiveTo\n      standardMinutes\n    }\n    pendingVersion {\n      id\n      version\n      approval\n      effectiveFrom\n      standardMinutes\n    }\n    history {\n      action\n      actor\n      reason\n      details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalCreateWorkItemItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      ...Item\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalCreateWorkItemItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      ...Item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalReviseWorkItemItem($id: ID!, $input: ReviseWorkItemInput!) {\n    reviseWorkItem(id: $id, input: $input) {\n      ...Item\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalReviseWorkItemItem($id: ID!, $input: ReviseWorkItemInput!) {\n    reviseWorkItem(id: $id, input: $input) {\n      ...Item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalApproveWorkItemVersionItem($id: ID!, $reason: String) {\n    approveWorkItemVersion(id: $id, reason: $reason) {\n      ...Item\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalApproveWorkItemVersionItem($id: ID!, $reason: String) {\n    approveWorkItemVersion(id: $id, reason: $reason) {\n      ...Item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalRejectWorkItemVersionItem($id: ID!, $reason: String!) {\n    rejectWorkItemVersion(id: $id, reason: $reason) {\n      ...Item\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalRejectWorkItemVersionItem($id: ID!, $reason: String!) {\n    rejectWorkItemVersion(id: $id, reason: $reason) {\n      ...Item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        standardMinutes\n        workItemVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        standardMinutes\n        workItemVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ApprovalMe {\n        me {\n          loggableWorkItems {\n            code\n          }\n          position {\n            workItems {\n              code\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ApprovalMe {\n        me {\n          loggableWorkItems {\n            code\n          }\n          position {\n            workItems {\n              code\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApprovalWorkItemByCode {\n          workItemByCode(code: \"C-SNV-001\") {\n            versions {\n              approval\n            }\n            pendingVersion {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ApprovalWorkItemByCode {\n          workItemByCode(code: \"C-SNV-001\") {\n            versions {\n              approval\n            }\n            pendingVersion {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApprovalSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n          setPositionWorkItems(positionId: $positionId, workItemIds: $ids) {\n            code\n          }\n        }\n      "): (typeof documents)["\n        mutation ApprovalSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n          setPositionWorkItems(positionId: $positionId, workItemIds: $ids) {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApprovalWorkItem($id: ID!) {\n          workItem(id: $id) {\n            asOf(date: \"2026-11-18\") {\n              version\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ApprovalWorkItem($id: ID!) {\n          workItem(id: $id) {\n            asOf(date: \"2026-11-18\") {\n              version\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApprovalWorkItemsAwaitingApproval($agency: ID!) {\n          workItemsAwaitingApproval(ownerAgencyId: $agency) {\n            code\n            name\n            pendingVersion {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ApprovalWorkItemsAwaitingApproval($agency: ID!) {\n          workItemsAwaitingApproval(ownerAgencyId: $agency) {\n            code\n            name\n            pendingVersion {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApprovalImportCatalogue($content: String!, $agency: ID!) {\n          importCatalogue(format: CSV, content: $content, effectiveFrom: \"2026-11-01\", dryRun: false, ownerAgencyId: $agency) {\n            applied\n            created\n          }\n        }\n      "): (typeof documents)["\n        mutation ApprovalImportCatalogue($content: String!, $agency: ID!) {\n          importCatalogue(format: CSV, content: $content, effectiveFrom: \"2026-11-01\", dryRun: false, ownerAgencyId: $agency) {\n            applied\n            created\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApprovalWorkItemByCode2 {\n          workItemByCode(code: \"C-SNV-961\") {\n            id\n            versions {\n              id\n            }\n            pendingVersion {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ApprovalWorkItemByCode2 {\n          workItemByCode(code: \"C-SNV-961\") {\n            id\n            versions {\n              id\n            }\n            pendingVersion {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApprovalRetireWorkItem($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-11-15\", reason: \"Gộp vào C-SNV-960\" }) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation ApprovalRetireWorkItem($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-11-15\", reason: \"Gộp vào C-SNV-960\" }) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueMe {\n          me {\n            fullName\n            position {\n              title\n              isLeadership\n              workItems {\n                code\n                group\n              }\n            }\n            loggableWorkItems {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueMe {\n          me {\n            fullName\n            position {\n              title\n              isLeadership\n              workItems {\n                code\n                group\n              }\n            }\n            loggableWorkItems {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueMe2 {\n          me {\n            position {\n              isLeadership\n              workItems {\n                code\n                group\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueMe2 {\n          me {\n            position {\n              isLeadership\n              workItems {\n                code\n                group\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueAgencyByCode {\n          agencyByCode(code: \"SNV\") {\n            name\n            sectorCodes\n            sectors {\n              code\n            }\n            ownedSectors {\n              code\n            }\n            ownWorkItems {\n              code\n              group\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueAgencyByCode {\n          agencyByCode(code: \"SNV\") {\n            name\n            sectorCodes\n            sectors {\n              code\n            }\n            ownedSectors {\n              code\n            }\n            ownWorkItems {\n              code\n              group\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueWorkItem($id: ID!) {\n          workItem(id: $id) {\n            standardMinutes\n            before: asOf(date: \"2025-06-30\") {\n              version\n              standardMinutes\n              effectiveTo\n            }\n            after: asOf(date: \"2025-07-01\") {\n              version\n              standardMinutes\n            }\n            ancient: asOf(date: \"2024-12-31\") {\n              version\n            }\n            versions {\n              version\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueWorkItem($id: ID!) {\n          workItem(id: $id) {\n            standardMinutes\n            before: asOf(date: \"2025-06-30\") {\n              version\n              standardMinutes\n              effectiveTo\n            }\n            after: asOf(date: \"2025-07-01\") {\n              version\n              standardMinutes\n            }\n            ancient: asOf(date: \"2024-12-31\") {\n              version\n            }\n            versions {\n              version\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueWorkItemByCode {\n            workItemByCode(code: \"B-001\") {\n              code\n              name\n              unit\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueWorkItemByCode {\n            workItemByCode(code: \"B-001\") {\n              code\n              name\n              unit\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueWorkItems {\n          workItems(first: 100, filter: { sectorCode: \"FINANCE\", group: D }) {\n            totalCount\n            nodes {\n              code\n              sector {\n                code\n              }\n              group\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueWorkItems {\n          workItems(first: 100, filter: { sectorCode: \"FINANCE\", group: D }) {\n            totalCount\n            nodes {\n              code\n              sector {\n                code\n              }\n              group\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueWorkItems2 {\n          workItems(filter: { search: \"van ban\" }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueWorkItems2 {\n          workItems(filter: { search: \"van ban\" }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CatalogueCreateWorkItem($input: CreateWorkItemInput!) {\n      createWorkItem(input: $input) {\n        code\n        group\n        ownerAgency {\n          id\n        }\n        current {\n          version\n          standardMinutes\n          coefficient\n          effectiveFrom\n        }\n        history {\n          action\n          actor\n          reason\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CatalogueCreateWorkItem($input: CreateWorkItemInput!) {\n      createWorkItem(input: $input) {\n        code\n        group\n        ownerAgency {\n          id\n        }\n        current {\n          version\n          standardMinutes\n          coefficient\n          effectiveFrom\n        }\n        history {\n          action\n          actor\n          reason\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CatalogueRetireWorkItem($id: ID!) {\n              retireWorkItem(id: $id, input: { effectiveFrom: \"2026-02-01\" }) {\n                code\n              }\n            }\n          "): (typeof documents)["\n            mutation CatalogueRetireWorkItem($id: ID!) {\n              retireWorkItem(id: $id, input: { effectiveFrom: \"2026-02-01\" }) {\n                code\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CatalogueReviseWorkItem($id: ID!, $input: ReviseWorkItemInput!) {\n        reviseWorkItem(id: $id, input: $input) {\n          versions {\n            version\n            effectiveFrom\n            effectiveTo\n            standardMinutes\n            coefficient\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CatalogueReviseWorkItem($id: ID!, $input: ReviseWorkItemInput!) {\n        reviseWorkItem(id: $id, input: $input) {\n          versions {\n            version\n            effectiveFrom\n            effectiveTo\n            standardMinutes\n            coefficient\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatalogueRetireWorkItem2($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-03-01\", reason: \"Gộp vào B-002\" }) {\n            status\n            retiredFrom\n            asOf(date: \"2026-02-28\") {\n              version\n            }\n            after: asOf(date: \"2026-03-01\") {\n              version\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation CatalogueRetireWorkItem2($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-03-01\", reason: \"Gộp vào B-002\" }) {\n            status\n            retiredFrom\n            asOf(date: \"2026-02-28\") {\n              version\n            }\n            after: asOf(date: \"2026-03-01\") {\n              version\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CatalogueReviseWorkItem2($id: ID!) {\n              reviseWorkItem(id: $id, input: { effectiveFrom: \"2026-04-01\", coefficient: 1 }) {\n                code\n              }\n            }\n          "): (typeof documents)["\n            mutation CatalogueReviseWorkItem2($id: ID!) {\n              reviseWorkItem(id: $id, input: { effectiveFrom: \"2026-04-01\", coefficient: 1 }) {\n                code\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CatalogueSetSectorKpiStandard($input: SetSectorKpiStandardInput!) {\n      setSectorKpiStandard(input: $input) {\n        positionCategory\n        effectiveFrom\n        expectedMinutesPerMonth\n        weights {\n          quantity\n          overdue\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CatalogueSetSectorKpiStandard($input: SetSectorKpiStandardInput!) {\n      setSectorKpiStandard(input: $input) {\n        positionCategory\n        effectiveFrom\n        expectedMinutesPerMonth\n        weights {\n          quantity\n          overdue\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueSectorByCode {\n          sectorByCode(code: \"HEALTH\") {\n            kpiStandards(on: \"2026-01-15\") {\n              positionCategory\n              expectedMinutesPerMonth\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueSectorByCode {\n          sectorByCode(code: \"HEALTH\") {\n            kpiStandards(on: \"2026-01-15\") {\n              positionCategory\n              expectedMinutesPerMonth\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CatalogueSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n      setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: \"Rà soát bản mô tả công việc\") {\n        code\n      }\n    }\n  "): (typeof documents)["\n    mutation CatalogueSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n      setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: \"Rà soát bản mô tả công việc\") {\n        code\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueJobPosition($id: ID!) {\n          jobPosition(id: $id) {\n            workItems {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueJobPosition($id: ID!) {\n          jobPosition(id: $id) {\n            workItems {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CatalogueRequestCatalogueChange($input: RequestCatalogueChangeInput!) {\n      requestCatalogueChange(input: $input) {\n        id\n        status\n        sector {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CatalogueRequestCatalogueChange($input: RequestCatalogueChangeInput!) {\n      requestCatalogueChange(input: $input) {\n        id\n        status\n        sector {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CatalogueDecideCatalogueChange($input: DecideChangeRequestInput!) {\n      decideCatalogueChange(input: $input) {\n        status\n        decisionNote\n        workItem {\n          code\n          asOf(date: \"2026-05-01\") {\n            standardMinutes\n          }\n        }\n        history {\n          action\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CatalogueDecideCatalogueChange($input: DecideChangeRequestInput!) {\n      decideCatalogueChange(input: $input) {\n        status\n        decisionNote\n        workItem {\n          code\n          asOf(date: \"2026-05-01\") {\n            standardMinutes\n          }\n        }\n        history {\n          action\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueCatalogueChangeRequests {\n          catalogueChangeRequests(status: PENDING) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueCatalogueChangeRequests {\n          catalogueChangeRequests(status: PENDING) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueWorkItemByCode2 {\n          workItemByCode(code: \"B-010\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueWorkItemByCode2 {\n          workItemByCode(code: \"B-010\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CatalogueImportCatalogue($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $from: LocalDate!) {\n      importCatalogue(format: $format, content: $content, dryRun: $dryRun, effectiveFrom: $from) {\n        applied\n        created\n        revised\n        unchanged\n        invalid\n        rows {\n          row\n          code\n          action\n          errors\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CatalogueImportCatalogue($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $from: LocalDate!) {\n      importCatalogue(format: $format, content: $content, dryRun: $dryRun, effectiveFrom: $from) {\n        applied\n        created\n        revised\n        unchanged\n        invalid\n        rows {\n          row\n          code\n          action\n          errors\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CatalogueStartImportJob($content: String!, $from: LocalDate!) {\n        startCatalogueImportJob(format: CSV, content: $content, effectiveFrom: $from) {\n          id\n          kind\n          scope\n          state\n        }\n      }\n    "): (typeof documents)["\n      mutation CatalogueStartImportJob($content: String!, $from: LocalDate!) {\n        startCatalogueImportJob(format: CSV, content: $content, effectiveFrom: $from) {\n          id\n          kind\n          scope\n          state\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CatalogueImportJob($id: ID!) {\n        catalogueJob(id: $id) {\n          state\n          attempts\n          summary\n          result\n          errors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CatalogueImportJob($id: ID!) {\n        catalogueJob(id: $id) {\n          state\n          attempts\n          summary\n          result\n          errors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueExportCatalogue($sectorId: ID!) {\n          exportCatalogue(format: CSV, on: \"2026-09-01\", sectorId: $sectorId) {\n            content\n            rows\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueExportCatalogue($sectorId: ID!) {\n          exportCatalogue(format: CSV, on: \"2026-09-01\", sectorId: $sectorId) {\n            content\n            rows\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueExportCatalogue2($sectorId: ID!) {\n          exportCatalogue(format: XLSX, on: \"2026-06-01\", sectorId: $sectorId) {\n            filename\n            encoding\n            content\n            rows\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueExportCatalogue2($sectorId: ID!) {\n          exportCatalogue(format: XLSX, on: \"2026-06-01\", sectorId: $sectorId) {\n            filename\n            encoding\n            content\n            rows\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueWorkItemByCode3 {\n          workItemByCode(code: \"CUL-001\") {\n            asOf(date: \"2026-06-01\") {\n              name\n              standardMinutes\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueWorkItemByCode3 {\n          workItemByCode(code: \"CUL-001\") {\n            asOf(date: \"2026-06-01\") {\n              name\n              standardMinutes\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueKpiHandbook($id: ID!) {\n          kpiHandbook(agencyId: $id, format: HTML, on: \"2026-01-01\") {\n            filename\n            contentType\n            content\n            rows\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueKpiHandbook($id: ID!) {\n          kpiHandbook(agencyId: $id, format: HTML, on: \"2026-01-01\") {\n            filename\n            contentType\n            content\n            rows\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueKpiHandbook2($id: ID!) {\n          kpiHandbook(agencyId: $id, format: XLSX) {\n            encoding\n            content\n            rows\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueKpiHandbook2($id: ID!) {\n          kpiHandbook(agencyId: $id, format: XLSX) {\n            encoding\n            content\n            rows\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueExportEverything {\n          exportCatalogue(format: XLSX, on: \"2026-06-01\") {\n            content\n            rows\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueExportEverything {\n          exportCatalogue(format: XLSX, on: \"2026-06-01\") {\n            content\n            rows\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueHandbookSheet($id: ID!) {\n          kpiHandbook(agencyId: $id, format: XLSX) {\n            content\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueHandbookSheet($id: ID!) {\n          kpiHandbook(agencyId: $id, format: XLSX) {\n            content\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatalogueCreateWorkItem2($input: CreateWorkItemInput!) {\n          createWorkItem(input: $input) {\n            code\n          }\n        }\n      "): (typeof documents)["\n        mutation CatalogueCreateWorkItem2($input: CreateWorkItemInput!) {\n          createWorkItem(input: $input) {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueNearDuplicateWorkItems {\n          nearDuplicateWorkItems(threshold: 0.8) {\n            a {\n              code\n            }\n            b {\n              code\n            }\n            similarity\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueNearDuplicateWorkItems {\n          nearDuplicateWorkItems(threshold: 0.8) {\n            a {\n              code\n            }\n            b {\n              code\n            }\n            similarity\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CatalogueWorkItems3($first: Int!) {\n        workItems(first: $first) {\n          nodes {\n            code\n            name\n            standardMinutes\n            sector {\n              code\n              owner {\n                id\n              }\n            }\n            asOf(date: \"2025-03-01\") {\n              coefficient\n            }\n            versions {\n              version\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CatalogueWorkItems3($first: Int!) {\n        workItems(first: $first) {\n          nodes {\n            code\n            name\n            standardMinutes\n            sector {\n              code\n              owner {\n                id\n              }\n            }\n            asOf(date: \"2025-03-01\") {\n              coefficient\n            }\n            versions {\n              version\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CatalogueEmployees($first: Int!) {\n        employees(first: $first) {\n          nodes {\n            code\n            position {\n              title\n            }\n            loggableWorkItems {\n              code\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CatalogueEmployees($first: Int!) {\n        employees(first: $first) {\n          nodes {\n            code\n            position {\n              title\n            }\n            loggableWorkItems {\n              code\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CatalogueSetProvinceLimits($input: SetProvinceLimitsInput!) {\n      setProvinceLimits(input: $input) {\n        id\n        effectiveFrom\n        effectiveTo\n        coefficientMax\n        recordedBy\n        reason\n      }\n    }\n  "): (typeof documents)["\n    mutation CatalogueSetProvinceLimits($input: SetProvinceLimitsInput!) {\n      setProvinceLimits(input: $input) {\n        id\n        effectiveFrom\n        effectiveTo\n        coefficientMax\n        recordedBy\n        reason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueProvinceLimits {\n          provinceLimits {\n            effectiveFrom\n            effectiveTo\n            coefficientMax\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueProvinceLimits {\n          provinceLimits {\n            effectiveFrom\n            effectiveTo\n            coefficientMax\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CatalogueCreateWorkItem3($input: CreateWorkItemInput!) {\n        createWorkItem(input: $input) {\n          code\n        }\n      }\n    "): (typeof documents)["\n      mutation CatalogueCreateWorkItem3($input: CreateWorkItemInput!) {\n        createWorkItem(input: $input) {\n          code\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HygieneCatalogueHygiene(\n    $from: LocalDate!\n    $to: LocalDate!\n    $filter: CatalogueHygieneFilter\n    $rarelyBelow: Int\n    $farFactor: Float\n    $minEntries: Int\n  ) {\n    catalogueHygiene(from: $from, to: $to, filter: $filter, rarelyBelow: $rarelyBelow, farFactor: $farFactor, minEntries: $minEntries) {\n      from\n      to\n      itemsInForce\n      minEntries\n      neverUsed {\n        code\n      }\n      rarelyUsed {\n        workItem {\n          code\n        }\n        entries\n        employees\n      }\n      farFromStandard {\n        workItem {\n          code\n        }\n        entries\n        actualMinutes\n        standardMinutes\n        actualToStandard\n      }\n    }\n  }\n"): (typeof documents)["\n  query HygieneCatalogueHygiene(\n    $from: LocalDate!\n    $to: LocalDate!\n    $filter: CatalogueHygieneFilter\n    $rarelyBelow: Int\n    $farFactor: Float\n    $minEntries: Int\n  ) {\n    catalogueHygiene(from: $from, to: $to, filter: $filter, rarelyBelow: $rarelyBelow, farFactor: $farFactor, minEntries: $minEntries) {\n      from\n      to\n      itemsInForce\n      minEntries\n      neverUsed {\n        code\n      }\n      rarelyUsed {\n        workItem {\n          code\n        }\n        entries\n        employees\n      }\n      farFromStandard {\n        workItem {\n          code\n        }\n        entries\n        actualMinutes\n        standardMinutes\n        actualToStandard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HygieneRetireWorkItem($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-09-01\", reason: \"Không còn phát sinh\" }) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation HygieneRetireWorkItem($id: ID!) {\n          retireWorkItem(id: $id, input: { effectiveFrom: \"2026-09-01\", reason: \"Không còn phát sinh\" }) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on Assignment {\n    id\n    title\n    status\n    deadline\n    effectiveDeadline\n    timeliness\n    workingDaysLate\n    workingDaysLeft\n    expectedQuantity\n    quantityDone\n    quality\n    majorErrors\n    excusedErrors\n    delays\n    excusedDelays\n    lead {\n      id\n      fullName\n    }\n    assigner {\n      id\n    }\n    coOperators {\n      id\n      fullName\n    }\n    workItem {\n      id\n      code\n    }\n    recorded {\n      entries\n      quantity\n    }\n    events {\n      action\n      fromStatus\n      toStatus\n      actor\n      comment\n      details\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentFields on Assignment {\n    id\n    title\n    status\n    deadline\n    effectiveDeadline\n    timeliness\n    workingDaysLate\n    workingDaysLeft\n    expectedQuantity\n    quantityDone\n    quality\n    majorErrors\n    excusedErrors\n    delays\n    excusedDelays\n    lead {\n      id\n      fullName\n    }\n    assigner {\n      id\n    }\n    coOperators {\n      id\n      fullName\n    }\n    workItem {\n      id\n      code\n    }\n    recorded {\n      entries\n      quantity\n    }\n    events {\n      action\n      fromStatus\n      toStatus\n      actor\n      comment\n      details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsAssign($input: AssignWorkInput!) {\n    assignWork(input: $input) {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignmentsAssign($input: AssignWorkInput!) {\n    assignWork(input: $input) {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignmentsAccept($id: ID!) {\n      result: acceptAssignment(id: $id) {\n        ...AssignmentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignmentsAccept($id: ID!) {\n      result: acceptAssignment(id: $id) {\n        ...AssignmentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignmentsSubmit($id: ID!, $submit: SubmitAssignmentInput) {\n      result: submitAssignment(id: $id, input: $submit) {\n        ...AssignmentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignmentsSubmit($id: ID!, $submit: SubmitAssignmentInput) {\n      result: submitAssignment(id: $id, input: $submit) {\n        ...AssignmentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignmentsComplete($id: ID!, $input: CompleteAssignmentInput!) {\n      result: completeAssignment(id: $id, input: $input) {\n        ...AssignmentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignmentsComplete($id: ID!, $input: CompleteAssignmentInput!) {\n      result: completeAssignment(id: $id, input: $input) {\n        ...AssignmentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignmentsReturn($id: ID!, $comment: String!) {\n      result: returnAssignment(id: $id, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignmentsReturn($id: ID!, $comment: String!) {\n      result: returnAssignment(id: $id, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignmentsCancel($id: ID!, $comment: String!) {\n      result: cancelAssignment(id: $id, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignmentsCancel($id: ID!, $comment: String!) {\n      result: cancelAssignment(id: $id, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignmentsExtend($id: ID!, $deadline: LocalDate!, $comment: String!) {\n      result: extendAssignmentDeadline(id: $id, deadline: $deadline, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignmentsExtend($id: ID!, $deadline: LocalDate!, $comment: String!) {\n      result: extendAssignmentDeadline(id: $id, deadline: $deadline, comment: $comment) {\n        ...AssignmentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignmentsReassign($id: ID!, $leadId: ID!) {\n      result: reassignAssignment(id: $id, leadId: $leadId) {\n        ...AssignmentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AssignmentsReassign($id: ID!, $leadId: ID!) {\n      result: reassignAssignment(id: $id, leadId: $leadId) {\n        ...AssignmentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsMyAssignments {\n            myAssignments(filter: { role: LEAD }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsMyAssignments {\n            myAssignments(filter: { role: LEAD }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsMyAssignments2 {\n            myAssignments(filter: { role: COOPERATOR }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsMyAssignments2 {\n            myAssignments(filter: { role: COOPERATOR }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsMyAssignments3 {\n            myAssignments(filter: { dueWithinWorkingDays: 4 }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsMyAssignments3 {\n            myAssignments(filter: { dueWithinWorkingDays: 4 }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssignmentsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n              assignmentId\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AssignmentsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n              assignmentId\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsAssignmentsToReview {\n            assignmentsToReview {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsAssignmentsToReview {\n            assignmentsToReview {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsMyAssignments4 {\n            myAssignments(filter: { role: LEAD }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsMyAssignments4 {\n            myAssignments(filter: { role: LEAD }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsMyAssignments5 {\n            myAssignments(filter: { overdue: true }) {\n              id\n              timeliness\n              workingDaysLate\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsMyAssignments5 {\n            myAssignments(filter: { overdue: true }) {\n              id\n              timeliness\n              workingDaysLate\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AssignmentsAgency($unit: ID!, $person: ID!) {\n          agency(id: $unit) {\n            assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n              assigned\n              completed\n              onTime\n              late\n              overdue\n              pending\n              cancelled\n              overdueShare\n            }\n          }\n          employee(id: $person) {\n            assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n              onTime\n              late\n              overdue\n              overdueShare\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AssignmentsAgency($unit: ID!, $person: ID!) {\n          agency(id: $unit) {\n            assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n              assigned\n              completed\n              onTime\n              late\n              overdue\n              pending\n              cancelled\n              overdueShare\n            }\n          }\n          employee(id: $person) {\n            assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n              onTime\n              late\n              overdue\n              overdueShare\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AssignmentsAgency2($unit: ID!) {\n              agency(id: $unit) {\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  assigned\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AssignmentsAgency2($unit: ID!) {\n              agency(id: $unit) {\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  assigned\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssignmentsRecordDiaryEntry2($input: RecordDiaryEntryInput!) {\n            recordDiaryEntry(input: $input) {\n              entry {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AssignmentsRecordDiaryEntry2($input: RecordDiaryEntryInput!) {\n            recordDiaryEntry(input: $input) {\n              entry {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AssignmentsAgency3($unit: ID!, $person: ID!) {\n          agency(id: $unit) {\n            missingDiaries(from: \"2026-11-01\", to: \"2026-11-30\") {\n              employee {\n                id\n                fullName\n              }\n              days\n              count\n            }\n          }\n          employee(id: $person) {\n            missingDiaryDays(from: \"2026-11-01\", to: \"2026-11-30\")\n          }\n        }\n      "): (typeof documents)["\n        query AssignmentsAgency3($unit: ID!, $person: ID!) {\n          agency(id: $unit) {\n            missingDiaries(from: \"2026-11-01\", to: \"2026-11-30\") {\n              employee {\n                id\n                fullName\n              }\n              days\n              count\n            }\n          }\n          employee(id: $person) {\n            missingDiaryDays(from: \"2026-11-01\", to: \"2026-11-30\")\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AssignmentsAgency4($unit: ID!) {\n          agency(id: $unit) {\n            reminders {\n              kind\n              employee {\n                id\n              }\n              days\n              assignment {\n                id\n                title\n              }\n              dueOn\n              message\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AssignmentsAgency4($unit: ID!) {\n          agency(id: $unit) {\n            reminders {\n              kind\n              employee {\n                id\n              }\n              days\n              assignment {\n                id\n                title\n              }\n              dueOn\n              message\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsEmployees($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                id\n                assignments {\n                  id\n                  lead {\n                    id\n                  }\n                  events {\n                    action\n                  }\n                  recorded {\n                    entries\n                  }\n                  timeliness\n                }\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  overdueShare\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsEmployees($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                id\n                assignments {\n                  id\n                  lead {\n                    id\n                  }\n                  events {\n                    action\n                  }\n                  recorded {\n                    entries\n                  }\n                  timeliness\n                }\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  overdueShare\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsAgencies($first: Int!) {\n            agencies(first: $first) {\n              nodes {\n                id\n                missingDiaries(from: \"2026-11-01\", to: \"2026-11-19\") {\n                  count\n                }\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  assigned\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsAgencies($first: Int!) {\n            agencies(first: $first) {\n              nodes {\n                id\n                missingDiaries(from: \"2026-11-01\", to: \"2026-11-19\") {\n                  count\n                }\n                assignmentSummary(from: \"2026-11-01\", to: \"2026-11-30\") {\n                  assigned\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiaryRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        workDate\n        status\n        standardMinutes\n        coefficient\n        workItemVersion\n        quantity\n        actualMinutes\n        workPoints\n        flags\n        workItem {\n          id\n        }\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DiaryRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        workDate\n        status\n        standardMinutes\n        coefficient\n        workItemVersion\n        quantity\n        actualMinutes\n        workPoints\n        flags\n        workItem {\n          id\n        }\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DiaryMe {\n          me {\n            diaryDay(date: \"2026-11-19\") {\n              isWorkingDay\n              actualMinutes\n              earnedStandardMinutes\n              standardDayMinutes\n              entries {\n                id\n              }\n              warnings\n              missing\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DiaryMe {\n          me {\n            diaryDay(date: \"2026-11-19\") {\n              isWorkingDay\n              actualMinutes\n              earnedStandardMinutes\n              standardDayMinutes\n              entries {\n                id\n              }\n              warnings\n              missing\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DiaryMe2 {\n          me {\n            diaryDay(date: \"2026-11-18\") {\n              actualMinutes\n              warnings\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DiaryMe2 {\n          me {\n            diaryDay(date: \"2026-11-18\") {\n              actualMinutes\n              warnings\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DiaryCorrectEntry($id: ID!, $input: UpdateDiaryEntryInput!) {\n        updateDiaryEntry(id: $id, input: $input) {\n          entry {\n            actualMinutes\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation DiaryCorrectEntry($id: ID!, $input: UpdateDiaryEntryInput!) {\n        updateDiaryEntry(id: $id, input: $input) {\n          entry {\n            actualMinutes\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DiaryRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DiaryRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DiaryMe3 {\n          me {\n            diaryPeriod(from: \"2026-11-09\", to: \"2026-11-20\") {\n              workingDays\n              daysOnLeave\n              missingDays\n              availableStandardMinutes\n              actualMinutes\n              daysOverStandard\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DiaryMe3 {\n          me {\n            diaryPeriod(from: \"2026-11-09\", to: \"2026-11-20\") {\n              workingDays\n              daysOnLeave\n              missingDays\n              availableStandardMinutes\n              actualMinutes\n              daysOverStandard\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DiaryYearOfEntries($from: LocalDate!, $to: LocalDate!) {\n        me {\n          diaryEntries(from: $from, to: $to) {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DiaryYearOfEntries($from: LocalDate!, $to: LocalDate!) {\n        me {\n          diaryEntries(from: $from, to: $to) {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DiaryEmployee($id: ID!) {\n        employee(id: $id) {\n          diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\") {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DiaryEmployee($id: ID!) {\n        employee(id: $id) {\n          diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\") {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DiaryWorkingCalendar {\n            workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n              day\n            }\n          }\n        "): (typeof documents)["\n          query DiaryWorkingCalendar {\n            workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n              day\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DiaryWorkItemByCode($code: String!) {\n          workItemByCode(code: $code) {\n            code\n            standardMinutes\n            usage(from: \"2026-10-21\", to: \"2026-11-20\") {\n              entries\n              employees\n              actualToStandard\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DiaryWorkItemByCode($code: String!) {\n          workItemByCode(code: $code) {\n            code\n            standardMinutes\n            usage(from: \"2026-10-21\", to: \"2026-11-20\") {\n              entries\n              employees\n              actualToStandard\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DiaryReviewQueue {\n          reviewQueue(first: 200) {\n            id\n            flags\n            status\n            employee {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DiaryReviewQueue {\n          reviewQueue(first: 200) {\n            id\n            flags\n            status\n            employee {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DiaryReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation DiaryReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation DiaryReviewDiaryEntries2($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation DiaryReviewDiaryEntries2($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation DiaryReviewDiaryEntries3($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: RETURN) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation DiaryReviewDiaryEntries3($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: RETURN) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation DiaryReviewDiaryEntries4($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation DiaryReviewDiaryEntries4($ids: [ID!]!) {\n              reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DiaryReviewQueue2 {\n            reviewQueue {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query DiaryReviewQueue2 {\n            reviewQueue {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DiaryRecordWorkEvents($events: [WorkEventInput!]!) {\n      recordWorkEvents(events: $events) {\n        externalId\n        status\n        entryId\n        reason\n        code\n        flags\n      }\n    }\n  "): (typeof documents)["\n    mutation DiaryRecordWorkEvents($events: [WorkEventInput!]!) {\n      recordWorkEvents(events: $events) {\n        externalId\n        status\n        entryId\n        reason\n        code\n        flags\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DiarySetWorkItemMapping($input: SetWorkItemMappingInput!) {\n        setWorkItemMapping(input: $input) {\n          agencyId\n          documentType\n          workItem {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation DiarySetWorkItemMapping($input: SetWorkItemMappingInput!) {\n        setWorkItemMapping(input: $input) {\n          agencyId\n          documentType\n          workItem {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DiaryWorkItemMappings {\n        workItemMappings(client: \"client:eoffice\") {\n          agencyId\n          documentType\n        }\n      }\n    "): (typeof documents)["\n      query DiaryWorkItemMappings {\n        workItemMappings(client: \"client:eoffice\") {\n          agencyId\n          documentType\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DiaryWorkItemByCode2 {\n            workItemByCode(code: \"B-001\") {\n              code\n            }\n          }\n        "): (typeof documents)["\n          query DiaryWorkItemByCode2 {\n            workItemByCode(code: \"B-001\") {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DiaryReviewDiaryEntries5($ids: [ID!]!) {\n        reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n          id\n          reviewedAt\n        }\n      }\n    "): (typeof documents)["\n      mutation DiaryReviewDiaryEntries5($ids: [ID!]!) {\n        reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n          id\n          reviewedAt\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DiaryEmployee2($id: ID!, $cut: DateTimeISO!) {\n        employee(id: $id) {\n          diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\", approvedBefore: $cut) {\n            id\n            status\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DiaryEmployee2($id: ID!, $cut: DateTimeISO!) {\n        employee(id: $id) {\n          diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\", approvedBefore: $cut) {\n            id\n            status\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DiaryEmployee3($id: ID!, $cut: DateTimeISO!) {\n            employee(id: $id) {\n              diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\", status: RETURNED, approvedBefore: $cut) {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DiaryEmployee3($id: ID!, $cut: DateTimeISO!) {\n            employee(id: $id) {\n              diaryEntries(from: \"2026-11-01\", to: \"2026-11-20\", status: RETURNED, approvedBefore: $cut) {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DiaryEmployees($first: Int!) {\n        employees(first: $first) {\n          nodes {\n            code\n            diaryPeriod(from: \"2026-10-21\", to: \"2026-11-20\") {\n              workPoints\n              missingDays\n              days {\n                actualMinutes\n              }\n            }\n            leaves(from: \"2026-10-21\", to: \"2026-11-20\") {\n              fromDate\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DiaryEmployees($first: Int!) {\n        employees(first: $first) {\n          nodes {\n            code\n            diaryPeriod(from: \"2026-10-21\", to: \"2026-11-20\") {\n              workPoints\n              missingDays\n              days {\n                actualMinutes\n              }\n            }\n            leaves(from: \"2026-10-21\", to: \"2026-11-20\") {\n              fromDate\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryImport($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {\n    importDiaryHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {\n      applied\n      dryRun\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        employeeCode\n        action\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HistoryImport($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {\n    importDiaryHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {\n      applied\n      dryRun\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        employeeCode\n        action\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryImportAssignments($content: String!, $dryRun: Boolean!) {\n    importAssignmentHistory(format: CSV, content: $content, dryRun: $dryRun) {\n      applied\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        action\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HistoryImportAssignments($content: String!, $dryRun: Boolean!) {\n    importAssignmentHistory(format: CSV, content: $content, dryRun: $dryRun) {\n      applied\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        action\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryStartJob($content: String!) {\n    startDiaryHistoryImportJob(format: CSV, content: $content, reason: \"Năm 2026\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HistoryStartJob($content: String!) {\n    startDiaryHistoryImportJob(format: CSV, content: $content, reason: \"Năm 2026\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryJob($id: ID!) {\n    diaryJob(id: $id) {\n      state\n      summary\n      result\n    }\n  }\n"): (typeof documents)["\n  query HistoryJob($id: ID!) {\n    diaryJob(id: $id) {\n      state\n      summary\n      result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HistoryAssignment($id: ID!) {\n          assignment(id: $id) {\n            imported\n            status\n          }\n        }\n      "): (typeof documents)["\n        query HistoryAssignment($id: ID!) {\n          assignment(id: $id) {\n            imported\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HistoryComputeMarch {\n          computeScoringPeriod(period: \"2026-03\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation HistoryComputeMarch {\n          computeScoringPeriod(period: \"2026-03\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HistoryMyMarch {\n          me {\n            periodScore(period: \"2026-03\") {\n              segments {\n                facts\n                imported {\n                  entries\n                  products\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HistoryMyMarch {\n          me {\n            periodScore(period: \"2026-03\") {\n              segments {\n                facts\n                imported {\n                  entries\n                  products\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeptFactsRecord($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        standardMinutes\n      }\n      warnings {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KeptFactsRecord($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        standardMinutes\n      }\n      warnings {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeptFactsSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n    setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: \"Rà soát bản mô tả công việc\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KeptFactsSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {\n    setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: \"Rà soát bản mô tả công việc\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeptFactsUpdateJobPosition($id: ID!, $minutes: Int!) {\n    updateJobPosition(id: $id, input: { standardMinutesPerDay: $minutes }) {\n      standardMinutesPerDay\n    }\n  }\n"): (typeof documents)["\n  mutation KeptFactsUpdateJobPosition($id: ID!, $minutes: Int!) {\n    updateJobPosition(id: $id, input: { standardMinutesPerDay: $minutes }) {\n      standardMinutesPerDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptFactsStaffPage($from: LocalDate!, $to: LocalDate!) {\n    me {\n      diaryEntries(from: $from, to: $to) {\n        workItem {\n          id\n          code\n          name\n          unit\n        }\n      }\n    }\n    myAssignments {\n      workItem {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeptFactsStaffPage($from: LocalDate!, $to: LocalDate!) {\n    me {\n      diaryEntries(from: $from, to: $to) {\n        workItem {\n          id\n          code\n          name\n          unit\n        }\n      }\n    }\n    myAssignments {\n      workItem {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptFactsCatalogueItem($id: ID!) {\n    workItem(id: $id) {\n      id\n      code\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  query KeptFactsCatalogueItem($id: ID!) {\n    workItem(id: $id) {\n      id\n      code\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeptDaysRecordLeave($input: RecordLeaveInput!) {\n      recordLeave(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation KeptDaysRecordLeave($input: RecordLeaveInput!) {\n      recordLeave(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeptDaysReopenDiaryPeriod($input: ReopenPeriodInput!) {\n      reopenDiaryPeriod(input: $input) {\n        month\n      }\n    }\n  "): (typeof documents)["\n    mutation KeptDaysReopenDiaryPeriod($input: ReopenPeriodInput!) {\n      reopenDiaryPeriod(input: $input) {\n        month\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockdownRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        flags\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LockdownRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n    recordDiaryEntry(input: $input) {\n      entry {\n        id\n        flags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LockdownDiaryPolicies {\n      diaryPolicies {\n        effectiveFrom\n        effectiveTo\n        closeDay\n        graceDays\n        lateAfterWorkingDays\n        standardDayMinutes\n        farAboveFactor\n      }\n      diaryPolicy(on: \"2026-12-15\") {\n        closeDay\n      }\n    }\n  "): (typeof documents)["\n    query LockdownDiaryPolicies {\n      diaryPolicies {\n        effectiveFrom\n        effectiveTo\n        closeDay\n        graceDays\n        lateAfterWorkingDays\n        standardDayMinutes\n        farAboveFactor\n      }\n      diaryPolicy(on: \"2026-12-15\") {\n        closeDay\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LockdownSetDiaryPolicy($input: SetDiaryPolicyInput!) {\n      setDiaryPolicy(input: $input) {\n        effectiveFrom\n        effectiveTo\n        closeDay\n      }\n    }\n  "): (typeof documents)["\n    mutation LockdownSetDiaryPolicy($input: SetDiaryPolicyInput!) {\n      setDiaryPolicy(input: $input) {\n        effectiveFrom\n        effectiveTo\n        closeDay\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LockdownDiaryAudit($entryId: ID, $from: DateTimeISO, $to: DateTimeISO, $first: Int) {\n      diaryAudit(entryId: $entryId, from: $from, to: $to, first: $first) {\n        action\n        entryId\n        agencyId\n        reason\n        actor\n        at\n        employee {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    query LockdownDiaryAudit($entryId: ID, $from: DateTimeISO, $to: DateTimeISO, $first: Int) {\n      diaryAudit(entryId: $entryId, from: $from, to: $to, first: $first) {\n        action\n        entryId\n        agencyId\n        reason\n        actor\n        at\n        employee {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LockdownUpdateDiaryEntry($id: ID!) {\n          updateDiaryEntry(id: $id, input: { quantity: 2, override: true, reason: \"Sửa số lượng\" }) {\n            entry {\n              quantity\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation LockdownUpdateDiaryEntry($id: ID!) {\n          updateDiaryEntry(id: $id, input: { quantity: 2, override: true, reason: \"Sửa số lượng\" }) {\n            entry {\n              quantity\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LockdownDeleteDiaryEntry($id: ID!) {\n          deleteDiaryEntry(id: $id, override: true, reason: \"Ghi nhầm người\")\n        }\n      "): (typeof documents)["\n        mutation LockdownDeleteDiaryEntry($id: ID!) {\n          deleteDiaryEntry(id: $id, override: true, reason: \"Ghi nhầm người\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LockdownReopenDiaryPeriod($input: ReopenPeriodInput!) {\n        reopenDiaryPeriod(input: $input) {\n          month\n          agencyId\n          until\n        }\n      }\n    "): (typeof documents)["\n      mutation LockdownReopenDiaryPeriod($input: ReopenPeriodInput!) {\n        reopenDiaryPeriod(input: $input) {\n          month\n          agencyId\n          until\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LockdownDiaryPeriodReopenings {\n        diaryPeriodReopenings(month: \"2026-09-30\") {\n          month\n          agencyId\n          reopenedBy\n          reason\n        }\n      }\n    "): (typeof documents)["\n      query LockdownDiaryPeriodReopenings {\n        diaryPeriodReopenings(month: \"2026-09-30\") {\n          month\n          agencyId\n          reopenedBy\n          reason\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LockdownMe {\n      me {\n        missingDiaryDays(from: \"2026-11-02\", to: \"2026-11-08\")\n        holiday: diaryDay(date: \"2026-11-04\") {\n          isWorkingDay\n          holiday\n          missing\n        }\n        saturday: diaryDay(date: \"2026-11-07\") {\n          isWorkingDay\n          missing\n        }\n        diaryPeriod(from: \"2026-11-02\", to: \"2026-11-08\") {\n          workingDays\n          availableStandardMinutes\n        }\n      }\n    }\n  "): (typeof documents)["\n    query LockdownMe {\n      me {\n        missingDiaryDays(from: \"2026-11-02\", to: \"2026-11-08\")\n        holiday: diaryDay(date: \"2026-11-04\") {\n          isWorkingDay\n          holiday\n          missing\n        }\n        saturday: diaryDay(date: \"2026-11-07\") {\n          isWorkingDay\n          missing\n        }\n        diaryPeriod(from: \"2026-11-02\", to: \"2026-11-08\") {\n          workingDays\n          availableStandardMinutes\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LockdownSetCalendarDay($day: LocalDate!, $kind: CalendarDayKind, $name: String) {\n      setCalendarDay(day: $day, kind: $kind, name: $name) {\n        day\n        kind\n        name\n      }\n    }\n  "): (typeof documents)["\n    mutation LockdownSetCalendarDay($day: LocalDate!, $kind: CalendarDayKind, $name: String) {\n      setCalendarDay(day: $day, kind: $kind, name: $name) {\n        day\n        kind\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LockdownWorkingCalendar {\n          workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n            day\n            kind\n          }\n        }\n      "): (typeof documents)["\n        query LockdownWorkingCalendar {\n          workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n            day\n            kind\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LockdownDiaryAudit2 {\n          diaryAudit(first: 5) {\n            action\n          }\n        }\n      "): (typeof documents)["\n        query LockdownDiaryAudit2 {\n          diaryAudit(first: 5) {\n            action\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LockdownEmployee($id: ID!) {\n      employee(id: $id) {\n        leaves(from: \"2026-11-01\", to: \"2026-11-30\") {\n          id\n          fromDate\n          toDate\n          kind\n        }\n        missingDiaryDays(from: \"2026-11-09\", to: \"2026-11-11\")\n      }\n    }\n  "): (typeof documents)["\n    query LockdownEmployee($id: ID!) {\n      employee(id: $id) {\n        leaves(from: \"2026-11-01\", to: \"2026-11-30\") {\n          id\n          fromDate\n          toDate\n          kind\n        }\n        missingDiaryDays(from: \"2026-11-09\", to: \"2026-11-11\")\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LockdownCancelLeave($id: ID!, $reason: String) {\n      cancelLeave(id: $id, reason: $reason) {\n        id\n        fromDate\n      }\n    }\n  "): (typeof documents)["\n    mutation LockdownCancelLeave($id: ID!, $reason: String) {\n      cancelLeave(id: $id, reason: $reason) {\n        id\n        fromDate\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LockdownRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LockdownRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LockdownDiaryAudit3 {\n          diaryAudit(first: 10) {\n            action\n            reason\n            details\n            employee {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LockdownDiaryAudit3 {\n          diaryAudit(first: 10) {\n            action\n            reason\n            details\n            employee {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersStart($agencyId: ID) {\n    startReminderJob(agencyId: $agencyId) {\n      id\n      kind\n      scope\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersStart($agencyId: ID) {\n    startReminderJob(agencyId: $agencyId) {\n      id\n      kind\n      scope\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersJob($id: ID!) {\n    diaryJob(id: $id) {\n      id\n      state\n      summary\n      result\n      attempts\n      errors {\n        code\n        attempt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RemindersJob($id: ID!) {\n    diaryJob(id: $id) {\n      id\n      state\n      summary\n      result\n      attempts\n      errors {\n        code\n        attempt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersMine($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        subject\n        concernsOn\n        days\n        dueOn\n        message\n        messageEn\n        readAt\n        emailedAt\n        assignment {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RemindersMine($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        subject\n        concernsOn\n        days\n        dueOn\n        message\n        messageEn\n        readAt\n        emailedAt\n        assignment {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersPreferences($input: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(input: $input) {\n      kind\n      email\n      inApp\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersPreferences($input: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(input: $input) {\n      kind\n      email\n      inApp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RemindersAssign($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RemindersAssign($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsReviewQueue {\n          reviewQueue {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsReviewQueue {\n          reviewQueue {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsWorkingCalendar {\n          workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n            day\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsWorkingCalendar {\n          workingCalendar(from: \"2026-11-01\", to: \"2026-11-30\") {\n            day\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsDiaryPolicies {\n          diaryPolicies {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsDiaryPolicies {\n          diaryPolicies {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsDiaryPolicy {\n          diaryPolicy(on: \"2026-11-20\") {\n            closeDay\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsDiaryPolicy {\n          diaryPolicy(on: \"2026-11-20\") {\n            closeDay\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsDiaryPeriodReopenings {\n          diaryPeriodReopenings(month: \"2026-09-01\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsDiaryPeriodReopenings {\n          diaryPeriodReopenings(month: \"2026-09-01\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsDiaryAudit($id: ID) {\n          diaryAudit(entryId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsDiaryAudit($id: ID) {\n          diaryAudit(entryId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsWorkItemMappings {\n          workItemMappings(client: \"client:eoffice\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsWorkItemMappings {\n          workItemMappings(client: \"client:eoffice\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsAssignment($id: ID!) {\n          assignment(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsAssignment($id: ID!) {\n          assignment(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsMe {\n          me {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsMe {\n          me {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsMyAssignments {\n          myAssignments {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsMyAssignments {\n          myAssignments {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsAssignmentsGiven {\n          assignmentsGiven {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsAssignmentsGiven {\n          assignmentsGiven {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsAssignmentsToReview {\n          assignmentsToReview {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsAssignmentsToReview {\n          assignmentsToReview {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsScoringFacts($r: [ScoringFactsRange!]!) {\n          scoringFacts(ranges: $r) {\n            workingDays\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsScoringFacts($r: [ScoringFactsRange!]!) {\n          scoringFacts(ranges: $r) {\n            workingDays\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsPackedScoringFacts($r: [ScoringFactsRange!]!) {\n          packedScoringFacts(ranges: $r) {\n            workingDays\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsPackedScoringFacts($r: [ScoringFactsRange!]!) {\n          packedScoringFacts(ranges: $r) {\n            workingDays\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsUpdateDiaryEntry($id: ID!) {\n          updateDiaryEntry(id: $id, input: { quantity: 2 }) {\n            entry {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsUpdateDiaryEntry($id: ID!) {\n          updateDiaryEntry(id: $id, input: { quantity: 2 }) {\n            entry {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsDeleteDiaryEntry($id: ID!) {\n          deleteDiaryEntry(id: $id)\n        }\n      "): (typeof documents)["\n        mutation RootOperationsDeleteDiaryEntry($id: ID!) {\n          deleteDiaryEntry(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsSetWorkItemMapping($input: SetWorkItemMappingInput!) {\n          setWorkItemMapping(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsSetWorkItemMapping($input: SetWorkItemMappingInput!) {\n          setWorkItemMapping(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsSetCalendarDay {\n          setCalendarDay(day: \"2026-11-11\", kind: HOLIDAY, name: \"x\") {\n            day\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsSetCalendarDay {\n          setCalendarDay(day: \"2026-11-11\", kind: HOLIDAY, name: \"x\") {\n            day\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsCancelLeave($id: ID!) {\n          cancelLeave(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsCancelLeave($id: ID!) {\n          cancelLeave(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsReopenDiaryPeriod($input: ReopenPeriodInput!) {\n          reopenDiaryPeriod(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsReopenDiaryPeriod($input: ReopenPeriodInput!) {\n          reopenDiaryPeriod(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsSetDiaryPolicy($input: SetDiaryPolicyInput!) {\n          setDiaryPolicy(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsSetDiaryPolicy($input: SetDiaryPolicyInput!) {\n          setDiaryPolicy(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsAssignWork($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsAssignWork($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsAcceptAssignment($id: ID!) {\n          acceptAssignment(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsAcceptAssignment($id: ID!) {\n          acceptAssignment(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsSubmitAssignment($id: ID!) {\n          submitAssignment(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsSubmitAssignment($id: ID!) {\n          submitAssignment(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsCompleteAssignment($id: ID!) {\n          completeAssignment(id: $id, input: { quality: GOOD }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsCompleteAssignment($id: ID!) {\n          completeAssignment(id: $id, input: { quality: GOOD }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsReturnAssignment($id: ID!) {\n          returnAssignment(id: $id, comment: \"x\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsReturnAssignment($id: ID!) {\n          returnAssignment(id: $id, comment: \"x\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsCancelAssignment($id: ID!) {\n          cancelAssignment(id: $id, comment: \"x\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsCancelAssignment($id: ID!) {\n          cancelAssignment(id: $id, comment: \"x\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsReassignAssignment($id: ID!, $lead: ID!) {\n          reassignAssignment(id: $id, leadId: $lead) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsReassignAssignment($id: ID!, $lead: ID!) {\n          reassignAssignment(id: $id, leadId: $lead) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsExtendAssignmentDeadline($id: ID!) {\n          extendAssignmentDeadline(id: $id, deadline: \"2026-12-31\", comment: \"x\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsExtendAssignmentDeadline($id: ID!) {\n          extendAssignmentDeadline(id: $id, deadline: \"2026-12-31\", comment: \"x\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsImportDiaryHistory {\n          importDiaryHistory(format: CSV, content: \"ZW1wbG95ZWVfY29kZQo=\") {\n            applied\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsImportDiaryHistory {\n          importDiaryHistory(format: CSV, content: \"ZW1wbG95ZWVfY29kZQo=\") {\n            applied\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsImportAssignmentHistory {\n          importAssignmentHistory(format: CSV, content: \"dGl0bGUK\") {\n            applied\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsImportAssignmentHistory {\n          importAssignmentHistory(format: CSV, content: \"dGl0bGUK\") {\n            applied\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsStartDiaryHistoryImportJob {\n          startDiaryHistoryImportJob(format: CSV, content: \"ZW1wbG95ZWVfY29kZQo=\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsStartDiaryHistoryImportJob {\n          startDiaryHistoryImportJob(format: CSV, content: \"ZW1wbG95ZWVfY29kZQo=\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsDiaryJob {\n          diaryJob(id: \"00000000-0000-0000-0000-000000000000\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsDiaryJob {\n          diaryJob(id: \"00000000-0000-0000-0000-000000000000\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsMyNotifications {\n          myNotifications(first: 5) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsMyNotifications {\n          myNotifications(first: 5) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RootOperationsMyNotificationPreferences {\n          myNotificationPreferences {\n            kind\n          }\n        }\n      "): (typeof documents)["\n        query RootOperationsMyNotificationPreferences {\n          myNotificationPreferences {\n            kind\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsMarkNotificationsRead {\n          markNotificationsRead(ids: [\"00000000-0000-0000-0000-000000000000\"]) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsMarkNotificationsRead {\n          markNotificationsRead(ids: [\"00000000-0000-0000-0000-000000000000\"]) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsMarkAllNotificationsRead {\n          markAllNotificationsRead\n        }\n      "): (typeof documents)["\n        mutation RootOperationsMarkAllNotificationsRead {\n          markAllNotificationsRead\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsSetNotificationPreferences {\n          setNotificationPreferences(input: [{ kind: MISSING_DIARY, email: false }]) {\n            kind\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsSetNotificationPreferences {\n          setNotificationPreferences(input: [{ kind: MISSING_DIARY, email: false }]) {\n            kind\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RootOperationsStartReminderJob($agencyId: ID) {\n          startReminderJob(agencyId: $agencyId) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RootOperationsStartReminderJob($agencyId: ID) {\n          startReminderJob(agencyId: $agencyId) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringFactsScoringFacts($ranges: [ScoringFactsRange!]!) {\n    scoringFacts(ranges: $ranges) {\n      employeeId\n      from\n      to\n      workingDays\n      leaveDays\n      declaredDays\n      lateDeclarations\n      daysOverStandard\n      farAboveStandardEntries\n      entries\n      approvedEntries\n      approvedActualMinutes\n      items\n      itemGroups\n      packedItemGroups\n      workPoints\n      led\n      coOperated\n    }\n  }\n"): (typeof documents)["\n  query ScoringFactsScoringFacts($ranges: [ScoringFactsRange!]!) {\n    scoringFacts(ranges: $ranges) {\n      employeeId\n      from\n      to\n      workingDays\n      leaveDays\n      declaredDays\n      lateDeclarations\n      daysOverStandard\n      farAboveStandardEntries\n      entries\n      approvedEntries\n      approvedActualMinutes\n      items\n      itemGroups\n      packedItemGroups\n      workPoints\n      led\n      coOperated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringFactsWorkPoints($ranges: [ScoringFactsRange!]!) {\n    scoringFacts(ranges: $ranges) {\n      employeeId\n      workPoints\n    }\n  }\n"): (typeof documents)["\n  query ScoringFactsWorkPoints($ranges: [ScoringFactsRange!]!) {\n    scoringFacts(ranges: $ranges) {\n      employeeId\n      workPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringFactsAssignWork($input: AssignWorkInput!) {\n    assignWork(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScoringFactsAssignWork($input: AssignWorkInput!) {\n    assignWork(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringFactsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringFactsRecordDiaryEntry($input: RecordDiaryEntryInput!) {\n          recordDiaryEntry(input: $input) {\n            entry {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringFactsReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringFactsReviewDiaryEntries($ids: [ID!]!) {\n          reviewDiaryEntries(ids: $ids, decision: APPROVE) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringFactsSubmitAssignment($id: ID!) {\n          submitAssignment(id: $id, input: { quantityDone: 2.5 }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringFactsSubmitAssignment($id: ID!) {\n          submitAssignment(id: $id, input: { quantityDone: 2.5 }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringFactsCompleteAssignment($id: ID!, $input: CompleteAssignmentInput!) {\n          completeAssignment(id: $id, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringFactsCompleteAssignment($id: ID!, $input: CompleteAssignmentInput!) {\n          completeAssignment(id: $id, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringFactsRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringFactsRecordLeave($input: RecordLeaveInput!) {\n          recordLeave(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ScoringFactsAssignment($id: ID!) {\n          assignment(id: $id) {\n            effectiveDeadline\n            timeliness\n          }\n        }\n      "): (typeof documents)["\n        query ScoringFactsAssignment($id: ID!) {\n          assignment(id: $id) {\n            effectiveDeadline\n            timeliness\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScoringFactsPacked($ranges: [ScoringFactsRange!]!) {\n            packedScoringFacts(ranges: $ranges) {\n              workingDays\n              leaveDays\n              declaredDays\n              lateDeclarations\n              daysOverStandard\n              farAboveStandardEntries\n              entries\n              approvedEntries\n              approvedActualMinutes\n              importedEntries\n              assignments\n              packedItemGroups\n              workItemIds\n              indexedItemGroups\n              workPoints\n            }\n          }\n        "): (typeof documents)["\n          query ScoringFactsPacked($ranges: [ScoringFactsRange!]!) {\n            packedScoringFacts(ranges: $ranges) {\n              workingDays\n              leaveDays\n              declaredDays\n              lateDeclarations\n              daysOverStandard\n              farAboveStandardEntries\n              entries\n              approvedEntries\n              approvedActualMinutes\n              importedEntries\n              assignments\n              packedItemGroups\n              workItemIds\n              indexedItemGroups\n              workPoints\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScoringFactsObjects($ranges: [ScoringFactsRange!]!) {\n            scoringFacts(ranges: $ranges) {\n              workingDays\n              leaveDays\n              declaredDays\n              lateDeclarations\n              daysOverStandard\n              farAboveStandardEntries\n              entries\n              approvedEntries\n              approvedActualMinutes\n              importedEntries\n              led\n              coOperated\n              packedItemGroups\n              workPoints\n            }\n          }\n        "): (typeof documents)["\n          query ScoringFactsObjects($ranges: [ScoringFactsRange!]!) {\n            scoringFacts(ranges: $ranges) {\n              workingDays\n              leaveDays\n              declaredDays\n              lateDeclarations\n              daysOverStandard\n              farAboveStandardEntries\n              entries\n              approvedEntries\n              approvedActualMinutes\n              importedEntries\n              led\n              coOperated\n              packedItemGroups\n              workPoints\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ScoringFactsLight($ranges: [ScoringFactsRange!]!) {\n          scoringFacts(ranges: $ranges) {\n            employeeId\n            workingDays\n          }\n        }\n      "): (typeof documents)["\n        query ScoringFactsLight($ranges: [ScoringFactsRange!]!) {\n          scoringFacts(ranges: $ranges) {\n            employeeId\n            workingDays\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfViewDashboard($from: LocalDate!, $to: LocalDate!) {\n    me {\n      id\n      code\n      fullName\n      staffType\n      position {\n        title\n        category\n        isLeadership\n        standardMinutesPerDay\n      }\n      agency {\n        code\n        name\n      }\n      division {\n        name\n      }\n      diaryPeriod(from: $from, to: $to) {\n        workingDays\n        actualMinutes\n        earnedStandardMinutes\n        workPoints\n        approvedWorkPoints\n        availableStandardMinutes\n        missingDays\n        daysOverStandard\n      }\n      diaryEntries(from: $from, to: $to) {\n        id\n        workDate\n        quantity\n        actualMinutes\n        status\n        workPoints\n        flags\n        workItem {\n          code\n          name\n          unit\n        }\n      }\n      assignmentSummary(from: $from, to: $to) {\n        onTime\n        late\n        overdue\n        overdueShare\n      }\n    }\n    myAssignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {\n      id\n      title\n      deadline\n      effectiveDeadline\n      timeliness\n      workingDaysLeft\n      workItem {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelfViewDashboard($from: LocalDate!, $to: LocalDate!) {\n    me {\n      id\n      code\n      fullName\n      staffType\n      position {\n        title\n        category\n        isLeadership\n        standardMinutesPerDay\n      }\n      agency {\n        code\n        name\n      }\n      division {\n        name\n      }\n      diaryPeriod(from: $from, to: $to) {\n        workingDays\n        actualMinutes\n        earnedStandardMinutes\n        workPoints\n        approvedWorkPoints\n        availableStandardMinutes\n        missingDays\n        daysOverStandard\n      }\n      diaryEntries(from: $from, to: $to) {\n        id\n        workDate\n        quantity\n        actualMinutes\n        status\n        workPoints\n        flags\n        workItem {\n          code\n          name\n          unit\n        }\n      }\n      assignmentSummary(from: $from, to: $to) {\n        onTime\n        late\n        overdue\n        overdueShare\n      }\n    }\n    myAssignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {\n      id\n      title\n      deadline\n      effectiveDeadline\n      timeliness\n      workingDaysLeft\n      workItem {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SelfViewPeriod($from: LocalDate!, $to: LocalDate!) {\n      me {\n        diaryPeriod(from: $from, to: $to) {\n          workingDays\n        }\n      }\n      diaryPolicy(on: $from) {\n        graceDays\n      }\n    }\n  "): (typeof documents)["\n    query SelfViewPeriod($from: LocalDate!, $to: LocalDate!) {\n      me {\n        diaryPeriod(from: $from, to: $to) {\n          workingDays\n        }\n      }\n      diaryPolicy(on: $from) {\n        graceDays\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SelfViewPlace {\n      me {\n        position {\n          title\n        }\n        agency {\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SelfViewPlace {\n      me {\n        position {\n          title\n        }\n        agency {\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EducationTeachingLoad($id: ID!, $term: String!) {\n    employee(id: $id) {\n      fullName\n      teachingLoad(term: $term) {\n        role\n        weeklyNorm\n        normSource\n        normPeriods\n        taughtPeriods\n        substitutionPeriods\n        dutyPeriods\n        duties {\n          code\n          periods\n        }\n        totalPeriods\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  query EducationTeachingLoad($id: ID!, $term: String!) {\n    employee(id: $id) {\n      fullName\n      teachingLoad(term: $term) {\n        role\n        weeklyNorm\n        normSource\n        normPeriods\n        taughtPeriods\n        substitutionPeriods\n        dutyPeriods\n        duties {\n          code\n          periods\n        }\n        totalPeriods\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EducationSchoolTotals($id: ID!, $term: String!) {\n    agency(id: $id) {\n      name\n      school {\n        level\n      }\n      teachingTotals(term: $term) {\n        teachers\n        normPeriods\n        taughtPeriods\n        dutyPeriods\n        surplusPeriods\n        deficitPeriods\n      }\n    }\n  }\n"): (typeof documents)["\n  query EducationSchoolTotals($id: ID!, $term: String!) {\n    agency(id: $id) {\n      name\n      school {\n        level\n      }\n      teachingTotals(term: $term) {\n        teachers\n        normPeriods\n        taughtPeriods\n        dutyPeriods\n        surplusPeriods\n        deficitPeriods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EducationScore($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        workPoints\n        frozen\n        segments {\n          workPoints\n          workSources {\n            provider\n            workPoints\n            lines {\n              code\n              quantity\n              workPoints\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EducationScore($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        workPoints\n        frozen\n        segments {\n          workPoints\n          workSources {\n            provider\n            workPoints\n            lines {\n              code\n              quantity\n              workPoints\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EducationDeliver($schoolId: ID!, $periods: [TaughtPeriodInput!]!) {\n    recordTaughtPeriods(schoolId: $schoolId, periods: $periods) {\n      externalId\n      outcome\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation EducationDeliver($schoolId: ID!, $periods: [TaughtPeriodInput!]!) {\n    recordTaughtPeriods(schoolId: $schoolId, periods: $periods) {\n      externalId\n      outcome\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EducationClose($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EducationClose($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EducationLoadPage($agencyId: ID!, $first: Int!, $term: String!) {\n        employees(first: $first, filter: { agencyId: $agencyId }) {\n          nodes {\n            teachingLoad(term: $term) {\n              taughtPeriods\n              dutyPeriods\n              balance\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query EducationLoadPage($agencyId: ID!, $first: Int!, $term: String!) {\n        employees(first: $first, filter: { agencyId: $agencyId }) {\n          nodes {\n            teachingLoad(term: $term) {\n              taughtPeriods\n              dutyPeriods\n              balance\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostEmployees($first: Int!, $from: LocalDate!, $to: LocalDate!) {\n    employees(first: $first) {\n      nodes {\n        code\n        diaryEntries(from: $from, to: $to) {\n          id\n          workDate\n          quantity\n          workItem {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostEmployees($first: Int!, $from: LocalDate!, $to: LocalDate!) {\n    employees(first: $first) {\n      nodes {\n        code\n        diaryEntries(from: $from, to: $to) {\n          id\n          workDate\n          quantity\n          workItem {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientsRegister($input: RegisterClientInput!) {\n    registerIntegrationClient(input: $input) {\n      secret\n      client {\n        id\n        clientId\n        scopes\n        requestsPerWindow\n        secretHash\n        registeredBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientsRegister($input: RegisterClientInput!) {\n    registerIntegrationClient(input: $input) {\n      secret\n      client {\n        id\n        clientId\n        scopes\n        requestsPerWindow\n        secretHash\n        registeredBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientsRotate($id: ID!) {\n    rotateIntegrationClientSecret(id: $id) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation ClientsRotate($id: ID!) {\n    rotateIntegrationClientSecret(id: $id) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientsRevoke($id: ID!, $reason: String!) {\n    revokeIntegrationClient(id: $id, reason: $reason) {\n      revokedAt\n      revokedBy\n    }\n  }\n"): (typeof documents)["\n  mutation ClientsRevoke($id: ID!, $reason: String!) {\n    revokeIntegrationClient(id: $id, reason: $reason) {\n      revokedAt\n      revokedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsList {\n    integrationClients(includeRevoked: true) {\n      clientId\n      scopes\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ClientsList {\n    integrationClients(includeRevoked: true) {\n      clientId\n      scopes\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientsRestrict($id: ID!, $documents: [String!]!) {\n    setIntegrationClientOperations(id: $id, documents: $documents) {\n      operations {\n        operationId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientsRestrict($id: ID!, $documents: [String!]!) {\n    setIntegrationClientOperations(id: $id, documents: $documents) {\n      operations {\n        operationId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsIntakeMappings {\n    intakeMappings {\n      client\n      documentType\n      workItemId\n    }\n  }\n"): (typeof documents)["\n  query ClientsIntakeMappings {\n    intakeMappings {\n      client\n      documentType\n      workItemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientsRecordWorkEvents($events: [WorkEventInput!]!) {\n    recordWorkEvents(events: $events) {\n      status\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation ClientsRecordWorkEvents($events: [WorkEventInput!]!) {\n    recordWorkEvents(events: $events) {\n      status\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Limits__schema {\n          __schema {\n            types {\n              name\n              fields {\n                name\n                type {\n                  name\n                  kind\n                  ofType {\n                    name\n                    kind\n                    ofType {\n                      name\n                      kind\n                      ofType {\n                        name\n                        kind\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Limits__schema {\n          __schema {\n            types {\n              name\n              fields {\n                name\n                type {\n                  name\n                  kind\n                  ofType {\n                    name\n                    kind\n                    ofType {\n                      name\n                      kind\n                      ofType {\n                        name\n                        kind\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsOrgTree {\n          orgTree {\n            code\n            children {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LimitsOrgTree {\n          orgTree {\n            code\n            children {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenIdMe {\n    me {\n      code\n      access {\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenIdMe {\n    me {\n      code\n      access {\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenIdGrants {\n    roleGrants {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OpenIdGrants {\n    roleGrants {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInGrants {\n    roleGrants {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SignInGrants {\n    roleGrants {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignInGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInRevokeRole($id: ID!, $reason: String!) {\n    revokeRole(id: $id, reason: $reason) {\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignInRevokeRole($id: ID!, $reason: String!) {\n    revokeRole(id: $id, reason: $reason) {\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInEmployee($id: ID!) {\n    employee(id: $id) {\n      code\n    }\n  }\n"): (typeof documents)["\n  query SignInEmployee($id: ID!) {\n    employee(id: $id) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInTransfer($input: PlacementInput!) {\n    transferEmployee(input: $input) {\n      agencyId\n    }\n  }\n"): (typeof documents)["\n  mutation SignInTransfer($input: PlacementInput!) {\n    transferEmployee(input: $input) {\n      agencyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInDeactivate($input: DeactivateEmployeeInput!) {\n    deactivateEmployee(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignInDeactivate($input: DeactivateEmployeeInput!) {\n    deactivateEmployee(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      id\n      code\n      fullName\n      agency {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      id\n      code\n      fullName\n      agency {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryMe {\n          me {\n            id\n            code\n            agency {\n              code\n            }\n            position {\n              title\n              category\n            }\n            supervisor {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryMe {\n          me {\n            id\n            code\n            agency {\n              code\n            }\n            position {\n              title\n              category\n            }\n            supervisor {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryEmployees {\n          employees(first: 500) {\n            totalCount\n            nodes {\n              agency {\n                code\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryEmployees {\n          employees(first: 500) {\n            totalCount\n            nodes {\n              agency {\n                code\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryEmployees2 {\n          employees(first: 5, filter: { search: \"nguyen\" }) {\n            totalCount\n            nodes {\n              fullName\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryEmployees2 {\n          employees(first: 5, filter: { search: \"nguyen\" }) {\n            totalCount\n            nodes {\n              fullName\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryEmployees3 {\n          employees(filter: { search: \"snv-0001\" }) {\n            nodes {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryEmployees3 {\n          employees(filter: { search: \"snv-0001\" }) {\n            nodes {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Page($agencyId: ID!, $after: String) {\n            employees(first: 7, after: $after, filter: { agencyId: $agencyId }, orderBy: { field: NAME }) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              nodes {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query Page($agencyId: ID!, $after: String) {\n            employees(first: 7, after: $after, filter: { agencyId: $agencyId }, orderBy: { field: NAME }) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              nodes {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryEmployees4($id: ID!) {\n          employees(first: 500, filter: { agencyId: $id, positionCategory: LEADERSHIP, staffType: CADRE }) {\n            totalCount\n            nodes {\n              staffType\n              position {\n                category\n              }\n              agency {\n                code\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryEmployees4($id: ID!) {\n          employees(first: 500, filter: { agencyId: $id, positionCategory: LEADERSHIP, staffType: CADRE }) {\n            totalCount\n            nodes {\n              staffType\n              position {\n                category\n              }\n              agency {\n                code\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DirectoryPeopleByIds($filter: EmployeeFilter!) {\n        employees(first: 500, filter: $filter) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DirectoryPeopleByIds($filter: EmployeeFilter!) {\n        employees(first: 500, filter: $filter) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryAgencyByCode {\n          agencyByCode(code: \"STC\") {\n            name\n            kind\n          }\n          jobPositionByCode(agencyCode: \"STC\", code: \"LD-01\") {\n            title\n            isLeadership\n            agency {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryAgencyByCode {\n          agencyByCode(code: \"STC\") {\n            name\n            kind\n          }\n          jobPositionByCode(agencyCode: \"STC\", code: \"LD-01\") {\n            title\n            isLeadership\n            agency {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryOrgTree {\n          orgTree {\n            code\n            children {\n              code\n              kind\n              children {\n                code\n                kind\n                parent {\n                  code\n                }\n                ancestors {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryOrgTree {\n          orgTree {\n            code\n            children {\n              code\n              kind\n              children {\n                code\n                kind\n                parent {\n                  code\n                }\n                ancestors {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DirectoryEmployee($id: ID!) {\n        employee(id: $id) {\n          placements {\n            kind\n            effectiveFrom\n            position {\n              code\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DirectoryEmployee($id: ID!) {\n        employee(id: $id) {\n          placements {\n            kind\n            effectiveFrom\n            position {\n              code\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DirectoryJobPosition($id: ID!, $on: LocalDate!) {\n        jobPosition(id: $id) {\n          holders(on: $on) {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DirectoryJobPosition($id: ID!, $on: LocalDate!) {\n        jobPosition(id: $id) {\n          holders(on: $on) {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryEmployee2($id: ID!, $on: LocalDate!) {\n          employee(id: $id) {\n            placementOn(date: $on) {\n              kind\n              position {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryEmployee2($id: ID!, $on: LocalDate!) {\n          employee(id: $id) {\n            placementOn(date: $on) {\n              kind\n              position {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryMe2 {\n          me {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryMe2 {\n          me {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryEmployees5 {\n          employees {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryEmployees5 {\n          employees {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryOrgTree2 {\n          orgTree {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryOrgTree2 {\n          orgTree {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryMe3 {\n            me {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query DirectoryMe3 {\n            me {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Directory__schema {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Directory__schema {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DirectoryMe4 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query DirectoryMe4 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DirectoryEmployees6 {\n              employees {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query DirectoryEmployees6 {\n              employees {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DirectoryScoringUnits($ids: [ID!]!, $from: LocalDate!, $to: LocalDate!) {\n        scoringUnits(ids: $ids, from: $from, to: $to) {\n          employeeId\n          supervisorId\n          effectiveFrom\n          effectiveTo\n          sectorCodes\n          positionCategory\n          isLeadership\n          standardMinutesPerDay\n        }\n      }\n    "): (typeof documents)["\n      query DirectoryScoringUnits($ids: [ID!]!, $from: LocalDate!, $to: LocalDate!) {\n        scoringUnits(ids: $ids, from: $from, to: $to) {\n          employeeId\n          supervisorId\n          effectiveFrom\n          effectiveTo\n          sectorCodes\n          positionCategory\n          isLeadership\n          standardMinutesPerDay\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FirstPage($first: Int!) {\n      employees(first: $first, orderBy: { field: CODE }) {\n        totalCount\n        nodes {\n          code\n          agency {\n            name\n            parent {\n              name\n            }\n          }\n          division {\n            name\n          }\n          position {\n            title\n            category\n            agency {\n              code\n            }\n          }\n          supervisor {\n            fullName\n            position {\n              title\n            }\n            division {\n              name\n            }\n          }\n          subordinates {\n            code\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FirstPage($first: Int!) {\n      employees(first: $first, orderBy: { field: CODE }) {\n        totalCount\n        nodes {\n          code\n          agency {\n            name\n            parent {\n              name\n            }\n          }\n          division {\n            name\n          }\n          position {\n            title\n            category\n            agency {\n              code\n            }\n          }\n          supervisor {\n            fullName\n            position {\n              title\n            }\n            division {\n              name\n            }\n          }\n          subordinates {\n            code\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryOrgTree3 {\n          orgTree {\n            children {\n              children {\n                positions {\n                  title\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DirectoryOrgTree3 {\n          orgTree {\n            children {\n              children {\n                positions {\n                  title\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantsGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n      agencyId\n      effectiveFrom\n      effectiveTo\n      grantedBy\n      reason\n      revokedAt\n      employee {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrantsGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n      agencyId\n      effectiveFrom\n      effectiveTo\n      grantedBy\n      reason\n      revokedAt\n      employee {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantsRevokeRole($id: ID!, $reason: String!) {\n    revokeRole(id: $id, reason: $reason) {\n      id\n      revokedBy\n      revokedAt\n      revokeReason\n    }\n  }\n"): (typeof documents)["\n  mutation GrantsRevokeRole($id: ID!, $reason: String!) {\n    revokeRole(id: $id, reason: $reason) {\n      id\n      revokedBy\n      revokedAt\n      revokeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantsAccess($id: ID!) {\n    employee(id: $id) {\n      access {\n        roles\n        agencyIds\n        unitIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrantsAccess($id: ID!) {\n    employee(id: $id) {\n      access {\n        roles\n        agencyIds\n        unitIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantsList($filter: RoleGrantFilter) {\n    roleGrants(filter: $filter) {\n      id\n      role\n      employeeId\n      agencyId\n    }\n  }\n"): (typeof documents)["\n  query GrantsList($filter: RoleGrantFilter) {\n    roleGrants(filter: $filter) {\n      id\n      role\n      employeeId\n      agencyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GrantsAccessPage($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                access {\n                  roles\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query GrantsAccessPage($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                access {\n                  roles\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      code\n      agency {\n        code\n      }\n      division {\n        code\n      }\n      position {\n        code\n      }\n      placements {\n        kind\n        effectiveFrom\n        effectiveTo\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MutationsCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      code\n      agency {\n        code\n      }\n      division {\n        code\n      }\n      position {\n        code\n      }\n      placements {\n        kind\n        effectiveFrom\n        effectiveTo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsTransferEmployee($input: PlacementInput!) {\n    transferEmployee(input: $input) {\n      id\n      agency {\n        code\n      }\n      position {\n        id\n      }\n      supervisor {\n        id\n      }\n      placements {\n        kind\n        effectiveFrom\n        effectiveTo\n        agency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MutationsTransferEmployee($input: PlacementInput!) {\n    transferEmployee(input: $input) {\n      id\n      agency {\n        code\n      }\n      position {\n        id\n      }\n      supervisor {\n        id\n      }\n      placements {\n        kind\n        effectiveFrom\n        effectiveTo\n        agency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          code\n          name\n          kind\n          depth\n          parent {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          code\n          name\n          kind\n          depth\n          parent {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MutationsCreateAgency2($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          code\n          parent {\n            code\n          }\n          ancestors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation MutationsCreateAgency2($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          code\n          parent {\n            code\n          }\n          ancestors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MutationsCreateAgency3($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MutationsCreateAgency3($input: CreateAgencyInput!) {\n        createAgency(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MutationsUpdateAgency($id: ID!, $parentId: ID!) {\n        updateAgency(id: $id, input: { parentId: $parentId }) {\n          code\n          depth\n          parent {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation MutationsUpdateAgency($id: ID!, $parentId: ID!) {\n        updateAgency(id: $id, input: { parentId: $parentId }) {\n          code\n          depth\n          parent {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MutationsCreateJobPosition($input: CreateJobPositionInput!) {\n      createJobPosition(input: $input) {\n        code\n        title\n        category\n        isLeadership\n        standardMinutesPerDay\n        agency {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation MutationsCreateJobPosition($input: CreateJobPositionInput!) {\n      createJobPosition(input: $input) {\n        code\n        title\n        category\n        isLeadership\n        standardMinutesPerDay\n        agency {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MutationsUpdateEmployee($id: ID!) {\n        updateEmployee(id: $id, input: { fullName: \"Renamed\" }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MutationsUpdateEmployee($id: ID!) {\n        updateEmployee(id: $id, input: { fullName: \"Renamed\" }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsEmployee($id: ID!, $on: LocalDate!) {\n        employee(id: $id) {\n          placementOn(date: $on) {\n            agency {\n              code\n            }\n            position {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query MutationsEmployee($id: ID!, $on: LocalDate!) {\n        employee(id: $id) {\n          placementOn(date: $on) {\n            agency {\n              code\n            }\n            position {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MutationsAppointEmployee($input: PlacementInput!) {\n        appointEmployee(input: $input) {\n          position {\n            code\n            isLeadership\n          }\n          placements {\n            kind\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation MutationsAppointEmployee($input: PlacementInput!) {\n        appointEmployee(input: $input) {\n          position {\n            code\n            isLeadership\n          }\n          placements {\n            kind\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MutationsUpdateEmployee2($id: ID!, $supervisorId: ID!) {\n        updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MutationsUpdateEmployee2($id: ID!, $supervisorId: ID!) {\n        updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MutationsDeactivateEmployee($input: DeactivateEmployeeInput!) {\n        deactivateEmployee(input: $input) {\n          status\n          position {\n            id\n          }\n          placements {\n            kind\n            effectiveFrom\n            effectiveTo\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation MutationsDeactivateEmployee($input: DeactivateEmployeeInput!) {\n        deactivateEmployee(input: $input) {\n          status\n          position {\n            id\n          }\n          placements {\n            kind\n            effectiveFrom\n            effectiveTo\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MutationsUpdateEmployee3($id: ID!) {\n              updateEmployee(id: $id, input: { fullName: \"X\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation MutationsUpdateEmployee3($id: ID!) {\n              updateEmployee(id: $id, input: { fullName: \"X\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlacementImportHistory($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {\n    importPlacementHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {\n      applied\n      dryRun\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        employeeCode\n        effectiveFrom\n        action\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlacementImportHistory($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {\n    importPlacementHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {\n      applied\n      dryRun\n      created\n      unchanged\n      invalid\n      rows {\n        row\n        employeeCode\n        effectiveFrom\n        action\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementImportCareers($ids: [ID!]!) {\n    employees(filter: { ids: $ids }, first: 10) {\n      nodes {\n        code\n        placements {\n          kind\n          effectiveFrom\n          effectiveTo\n          imported\n          recordedBy\n          decisionNumber\n          agency {\n            code\n          }\n          division {\n            code\n          }\n          position {\n            code\n          }\n          supervisor {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementImportCareers($ids: [ID!]!) {\n    employees(filter: { ids: $ids }, first: 10) {\n      nodes {\n        code\n        placements {\n          kind\n          effectiveFrom\n          effectiveTo\n          imported\n          recordedBy\n          decisionNumber\n          agency {\n            code\n          }\n          division {\n            code\n          }\n          position {\n            code\n          }\n          supervisor {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlacementImportStartJob($content: String!) {\n    startPlacementImportJob(format: CSV, content: $content, reason: \"Hồ sơ năm 2015\") {\n      id\n      kind\n      scope\n    }\n  }\n"): (typeof documents)["\n  mutation PlacementImportStartJob($content: String!) {\n    startPlacementImportJob(format: CSV, content: $content, reason: \"Hồ sơ năm 2015\") {\n      id\n      kind\n      scope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementImportJob($id: ID!) {\n    personnelJob(id: $id) {\n      state\n      summary\n      result\n    }\n  }\n"): (typeof documents)["\n  query PlacementImportJob($id: ID!) {\n    personnelJob(id: $id) {\n      state\n      summary\n      result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsProvinceOverview($period: String!, $first: Int!, $agencyId: ID) {\n    provinceOverview(period: $period) {\n      period {\n        code\n        status\n      }\n      distribution {\n        people\n        scored\n        meanScore\n        levels {\n          excellent\n          good\n          completed\n          notCompleted\n        }\n        histogram {\n          from\n          to\n          people\n        }\n      }\n      byAgency {\n        key\n        headcount\n        people\n        scored\n        meanScore\n        levels {\n          excellent\n          good\n          completed\n          notCompleted\n        }\n        agency {\n          id\n        }\n      }\n      bySector {\n        key\n        people\n        meanScore\n      }\n      byCategory {\n        key\n        category\n        people\n        meanScore\n      }\n      trend(months: 6) {\n        period\n        people\n        scored\n        meanScore\n        notCompletedShare\n        declaredHoursPerWorkingDay\n      }\n      diaryDiscipline {\n        agency {\n          id\n        }\n        headcount\n        availableDays\n        declaredDays\n        missingDiaryRate\n        daysOverStandard\n        overStandardDayShare\n        entries\n        lateDeclarations\n        lateDeclarationShare\n      }\n      anomalies {\n        kind\n        agency {\n          id\n        }\n        employee {\n          id\n        }\n        figure\n        baseline\n        measure\n        message\n        rank\n        found\n      }\n      catalogueUsage(first: $first) {\n        itemsUsed\n        mostUsed {\n          workItem {\n            id\n          }\n          entries\n          people\n          quantity\n          actualMinutes\n          standardMinutes\n          actualToStandard\n        }\n        leastUsed {\n          workItem {\n            id\n          }\n          entries\n        }\n      }\n      staffingNeeds(agencyId: $agencyId) {\n        position {\n          id\n        }\n        agency {\n          id\n        }\n        headcount\n        holders\n        workloadMinutes\n        capacityMinutes\n        utilisation\n        positionsNeeded\n        gap\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsProvinceOverview($period: String!, $first: Int!, $agencyId: ID) {\n    provinceOverview(period: $period) {\n      period {\n        code\n        status\n      }\n      distribution {\n        people\n        scored\n        meanScore\n        levels {\n          excellent\n          good\n          completed\n          notCompleted\n        }\n        histogram {\n          from\n          to\n          people\n        }\n      }\n      byAgency {\n        key\n        headcount\n        people\n        scored\n        meanScore\n        levels {\n          excellent\n          good\n          completed\n          notCompleted\n        }\n        agency {\n          id\n        }\n      }\n      bySector {\n        key\n        people\n        meanScore\n      }\n      byCategory {\n        key\n        category\n        people\n        meanScore\n      }\n      trend(months: 6) {\n        period\n        people\n        scored\n        meanScore\n        notCompletedShare\n        declaredHoursPerWorkingDay\n      }\n      diaryDiscipline {\n        agency {\n          id\n        }\n        headcount\n        availableDays\n        declaredDays\n        missingDiaryRate\n        daysOverStandard\n        overStandardDayShare\n        entries\n        lateDeclarations\n        lateDeclarationShare\n      }\n      anomalies {\n        kind\n        agency {\n          id\n        }\n        employee {\n          id\n        }\n        figure\n        baseline\n        measure\n        message\n        rank\n        found\n      }\n      catalogueUsage(first: $first) {\n        itemsUsed\n        mostUsed {\n          workItem {\n            id\n          }\n          entries\n          people\n          quantity\n          actualMinutes\n          standardMinutes\n          actualToStandard\n        }\n        leastUsed {\n          workItem {\n            id\n          }\n          entries\n        }\n      }\n      staffingNeeds(agencyId: $agencyId) {\n        position {\n          id\n        }\n        agency {\n          id\n        }\n        headcount\n        holders\n        workloadMinutes\n        capacityMinutes\n        utilisation\n        positionsNeeded\n        gap\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AnalyticsTransferEmployee($input: PlacementInput!) {\n        transferEmployee(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AnalyticsTransferEmployee($input: PlacementInput!) {\n        transferEmployee(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AnalyticsComputeScoringPeriod($period: String!) {\n          computeScoringPeriod(period: $period) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation AnalyticsComputeScoringPeriod($period: String!) {\n          computeScoringPeriod(period: $period) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AnalyticsProvinceOverview2 {\n            provinceOverview(period: \"2026-10\") {\n              distribution {\n                people\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AnalyticsProvinceOverview2 {\n            provinceOverview(period: \"2026-10\") {\n              distribution {\n                people\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnalyticsProvinceOverview3 {\n          provinceOverview(period: \"2026-08\") {\n            period {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AnalyticsProvinceOverview3 {\n          provinceOverview(period: \"2026-08\") {\n            period {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AnalyticsProvinceOverview4 {\n            provinceOverview(period: \"October\") {\n              period {\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AnalyticsProvinceOverview4 {\n            provinceOverview(period: \"October\") {\n              period {\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentRow on AnnualAssessment {\n    employee {\n      id\n    }\n    agencyId\n    positionCategory\n    isLeadership\n    months\n    kpiScore\n    kpiShare\n    kpiPoints\n    otherCriteria\n    total\n    level\n    levelByBand\n    gate\n    rank\n    capped\n    tiedAtCap\n    status\n  }\n"): (typeof documents)["\n  fragment AssessmentRow on AnnualAssessment {\n    employee {\n      id\n    }\n    agencyId\n    positionCategory\n    isLeadership\n    months\n    kpiScore\n    kpiShare\n    kpiPoints\n    otherCriteria\n    total\n    level\n    levelByBand\n    gate\n    rank\n    capped\n    tiedAtCap\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentPrepare($a: ID!) {\n    prepareAnnualAssessment(year: 2026, agencyId: $a) {\n      ...AssessmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation AssessmentPrepare($a: ID!) {\n    prepareAnnualAssessment(year: 2026, agencyId: $a) {\n      ...AssessmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentOther($e: ID!, $p: Float!, $d: Boolean) {\n    scoreOtherCriteria(year: 2026, employeeId: $e, input: { points: $p, disciplined: $d }) {\n      ...AssessmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation AssessmentOther($e: ID!, $p: Float!, $d: Boolean) {\n    scoreOtherCriteria(year: 2026, employeeId: $e, input: { points: $p, disciplined: $d }) {\n      ...AssessmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentRanked($a: ID!, $year: Int!) {\n    annualAssessments(year: $year, agencyId: $a) {\n      ...AssessmentRow\n    }\n  }\n"): (typeof documents)["\n  query AssessmentRanked($a: ID!, $year: Int!) {\n    annualAssessments(year: $year, agencyId: $a) {\n      ...AssessmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssessmentCloseScoringPeriod($p: String!) {\n          closeScoringPeriod(period: $p) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation AssessmentCloseScoringPeriod($p: String!) {\n          closeScoringPeriod(period: $p) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssessmentConfirmAnnualAssessment($a: ID!) {\n          confirmAnnualAssessment(year: 2026, agencyId: $a) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation AssessmentConfirmAnnualAssessment($a: ID!) {\n          confirmAnnualAssessment(year: 2026, agencyId: $a) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssessmentConfirmAnnualAssessment2($a: ID!) {\n          confirmAnnualAssessment(year: 2026, agencyId: $a) {\n            status\n            level\n          }\n        }\n      "): (typeof documents)["\n        mutation AssessmentConfirmAnnualAssessment2($a: ID!) {\n          confirmAnnualAssessment(year: 2026, agencyId: $a) {\n            status\n            level\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AssessmentRewardProposals($a: ID!) {\n          rewardProposals(year: 2026, agencyId: $a) {\n            titles\n            assessment {\n              level\n              employee {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AssessmentRewardProposals($a: ID!) {\n          rewardProposals(year: 2026, agencyId: $a) {\n            titles\n            assessment {\n              level\n              employee {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssessmentEmployee($id: ID!) {\n            employee(id: $id) {\n              annualAssessment(year: 2026) {\n                status\n                total\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AssessmentEmployee($id: ID!) {\n            employee(id: $id) {\n              annualAssessment(year: 2026) {\n                status\n                total\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssessmentPrepareAnnualAssessment($a: ID!) {\n          prepareAnnualAssessment(year: 2025, agencyId: $a) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        mutation AssessmentPrepareAnnualAssessment($a: ID!) {\n          prepareAnnualAssessment(year: 2025, agencyId: $a) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssessmentScoreOtherCriteria($e: ID!) {\n            scoreOtherCriteria(year: 2025, employeeId: $e, input: { points: 30 }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          mutation AssessmentScoreOtherCriteria($e: ID!) {\n            scoreOtherCriteria(year: 2025, employeeId: $e, input: { points: 30 }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssessmentConfirmAnnualAssessment3($a: ID!, $x: [ID!]) {\n            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n              level\n            }\n          }\n        "): (typeof documents)["\n          mutation AssessmentConfirmAnnualAssessment3($a: ID!, $x: [ID!]) {\n            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n              level\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssessmentConfirmAnnualAssessment4($a: ID!, $x: [ID!]) {\n            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n              level\n            }\n          }\n        "): (typeof documents)["\n          mutation AssessmentConfirmAnnualAssessment4($a: ID!, $x: [ID!]) {\n            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n              level\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssessmentConfirmAnnualAssessment5($a: ID!, $x: [ID!]) {\n          confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n            employee {\n              id\n            }\n            level\n            status\n            tiedAtCap\n          }\n        }\n      "): (typeof documents)["\n        mutation AssessmentConfirmAnnualAssessment5($a: ID!, $x: [ID!]) {\n          confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {\n            employee {\n              id\n            }\n            level\n            status\n            tiedAtCap\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AssessmentRewardProposals2($a: ID!) {\n          rewardProposals(year: 2025, agencyId: $a) {\n            titles\n            assessment {\n              employee {\n                id\n              }\n              level\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AssessmentRewardProposals2($a: ID!) {\n          rewardProposals(year: 2025, agencyId: $a) {\n            titles\n            assessment {\n              employee {\n                id\n              }\n              level\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobsJob on Job {\n    id\n    kind\n    scope\n    state\n    phase\n    done\n    total\n    attempts\n    summary\n    requestedBy\n    errors {\n      code\n      message\n      attempt\n    }\n  }\n"): (typeof documents)["\n  fragment JobsJob on Job {\n    id\n    kind\n    scope\n    state\n    phase\n    done\n    total\n    attempts\n    summary\n    requestedBy\n    errors {\n      code\n      message\n      attempt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsStartPeriod($period: String!, $action: ScoringPeriodAction!, $reason: String) {\n    startScoringPeriodJob(period: $period, action: $action, reason: $reason) {\n      ...JobsJob\n    }\n  }\n"): (typeof documents)["\n  mutation JobsStartPeriod($period: String!, $action: ScoringPeriodAction!, $reason: String) {\n    startScoringPeriodJob(period: $period, action: $action, reason: $reason) {\n      ...JobsJob\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsJob($id: ID!) {\n    scoringJob(id: $id) {\n      ...JobsJob\n    }\n  }\n"): (typeof documents)["\n  query JobsJob($id: ID!) {\n    scoringJob(id: $id) {\n      ...JobsJob\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsRecent {\n    scoringJobs(first: 5) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  query JobsRecent {\n    scoringJobs(first: 5) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsCloseNow($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation JobsCloseNow($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsPeriod($period: String!) {\n    scoringPeriod(period: $period) {\n      status\n    }\n  }\n"): (typeof documents)["\n  query JobsPeriod($period: String!) {\n    scoringPeriod(period: $period) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsPrepare($agencyId: ID!, $year: Int!) {\n    startAnnualAssessmentJob(agencyId: $agencyId, year: $year) {\n      ...JobsJob\n    }\n  }\n"): (typeof documents)["\n  mutation JobsPrepare($agencyId: ID!, $year: Int!) {\n    startAnnualAssessmentJob(agencyId: $agencyId, year: $year) {\n      ...JobsJob\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRotate($input: PlacementInput!) {\n    rotateEmployee(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveRotate($input: PlacementInput!) {\n    rotateEmployee(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSupervise($id: ID!, $supervisorId: ID) {\n    updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveSupervise($id: ID!, $supervisorId: ID) {\n    updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCompute($period: String!) {\n    computeScoringPeriod(period: $period) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation LiveCompute($period: String!) {\n    computeScoringPeriod(period: $period) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveFigures on PeriodScore {\n    score\n    ownScore\n    unitScore\n    level\n    workPoints\n  }\n"): (typeof documents)["\n  fragment LiveFigures on PeriodScore {\n    score\n    ownScore\n    unitScore\n    level\n    workPoints\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveOne($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        ...LiveFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveOne($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        ...LiveFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveTeam($agencyId: ID!, $period: String!) {\n    employees(first: 500, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        periodScore(period: $period) {\n          ...LiveFigures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveTeam($agencyId: ID!, $period: String!) {\n    employees(first: 500, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        periodScore(period: $period) {\n          ...LiveFigures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveExplained($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        ...LiveFigures\n        segments {\n          workPoints\n          facts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveExplained($id: ID!, $period: String!) {\n    employee(id: $id) {\n      periodScore(period: $period) {\n        ...LiveFigures\n        segments {\n          workPoints\n          facts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LivePage($first: Int!, $period: String!) {\n        employees(first: $first, orderBy: { field: CODE }) {\n          nodes {\n            id\n            periodScore(period: $period) {\n              score\n              level\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LivePage($first: Int!, $period: String!) {\n        employees(first: $first, orderBy: { field: CODE }) {\n          nodes {\n            id\n            periodScore(period: $period) {\n              score\n              level\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoringScore on PeriodScore {\n    score\n    ownScore\n    unitScore\n    level\n    levelByBand\n    gate\n    overdueShare\n    workPoints\n    capacityMinutes\n    availableDays\n    policyVersion\n    frozen\n    indicators {\n      quantity\n      timeliness\n      quality\n      proactivity\n      coordination\n      creativity\n      overdue\n    }\n    segments {\n      from\n      to\n      agencyId\n      divisionId\n      positionCategory\n      kpi\n      availableDays\n      workPoints\n      facts\n    }\n  }\n"): (typeof documents)["\n  fragment ScoringScore on PeriodScore {\n    score\n    ownScore\n    unitScore\n    level\n    levelByBand\n    gate\n    overdueShare\n    workPoints\n    capacityMinutes\n    availableDays\n    policyVersion\n    frozen\n    indicators {\n      quantity\n      timeliness\n      quality\n      proactivity\n      coordination\n      creativity\n      overdue\n    }\n    segments {\n      from\n      to\n      agencyId\n      divisionId\n      positionCategory\n      kpi\n      availableDays\n      workPoints\n      facts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringMyScore($period: String!) {\n    me {\n      periodScore(period: $period) {\n        ...ScoringScore\n        period {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringMyScore($period: String!) {\n    me {\n      periodScore(period: $period) {\n        ...ScoringScore\n        period {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ScoringEmployee($id: ID!) {\n              employee(id: $id) {\n                periodScore(period: \"2026-11\") {\n                  score\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ScoringEmployee($id: ID!) {\n              employee(id: $id) {\n                periodScore(period: \"2026-11\") {\n                  score\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ScoringMyStretches($period: String!) {\n              me {\n                periodScore(period: $period) {\n                  segments {\n                    from\n                    sectorCode\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ScoringMyStretches($period: String!) {\n              me {\n                periodScore(period: $period) {\n                  segments {\n                    from\n                    sectorCode\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringComputeAgency($period: String!, $agencyId: ID) {\n    computeScoringPeriod(period: $period, agencyId: $agencyId) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation ScoringComputeAgency($period: String!, $agencyId: ID) {\n    computeScoringPeriod(period: $period, agencyId: $agencyId) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringTransferEmployee($input: PlacementInput!) {\n          transferEmployee(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringTransferEmployee($input: PlacementInput!) {\n          transferEmployee(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ScoringEmployee2($id: ID!) {\n          employee(id: $id) {\n            periodScore(period: \"2026-10\") {\n              ownScore\n              agency {\n                id\n              }\n              segments {\n                from\n                to\n                agencyId\n                kpi\n                availableDays\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ScoringEmployee2($id: ID!) {\n          employee(id: $id) {\n            periodScore(period: \"2026-10\") {\n              ownScore\n              agency {\n                id\n              }\n              segments {\n                from\n                to\n                agencyId\n                kpi\n                availableDays\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ScoringCloseScoringPeriod($p: String!) {\n              closeScoringPeriod(period: $p) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation ScoringCloseScoringPeriod($p: String!) {\n              closeScoringPeriod(period: $p) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringCloseScoringPeriod2 {\n          closeScoringPeriod(period: \"2026-10\", reason: \"Chốt số liệu tháng 10\") {\n            status\n            policyVersion\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringCloseScoringPeriod2 {\n          closeScoringPeriod(period: \"2026-10\", reason: \"Chốt số liệu tháng 10\") {\n            status\n            policyVersion\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringSetScoringPolicy {\n          setScoringPolicy(input: { effectiveFrom: \"2026-10-01\", preset: \"KHANH_HOA\", reason: \"Áp dụng khung điểm của tỉnh\" }) {\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringSetScoringPolicy {\n          setScoringPolicy(input: { effectiveFrom: \"2026-10-01\", preset: \"KHANH_HOA\", reason: \"Áp dụng khung điểm của tỉnh\" }) {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringRecomputeScoringPeriod {\n          recomputeScoringPeriod(period: \"2026-10\") {\n            people\n            changed\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringRecomputeScoringPeriod {\n          recomputeScoringPeriod(period: \"2026-10\") {\n            people\n            changed\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringReopenScoringPeriod {\n          reopenScoringPeriod(period: \"2026-10\", reason: \"Bổ sung số liệu\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringReopenScoringPeriod {\n          reopenScoringPeriod(period: \"2026-10\", reason: \"Bổ sung số liệu\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringComputeScoringPeriod {\n          computeScoringPeriod(period: \"2026-10\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringComputeScoringPeriod {\n          computeScoringPeriod(period: \"2026-10\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ScoringAgency($id: ID!) {\n          agency(id: $id) {\n            scoreSummary(period: \"2026-10\") {\n              people\n              scored\n              meanScore\n              excellent\n              good\n              completed\n              notCompleted\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ScoringAgency($id: ID!) {\n          agency(id: $id) {\n            scoreSummary(period: \"2026-10\") {\n              people\n              scored\n              meanScore\n              excellent\n              good\n              completed\n              notCompleted\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringCloseScoringPeriod3 {\n          closeScoringPeriod(period: \"2026-10\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringCloseScoringPeriod3 {\n          closeScoringPeriod(period: \"2026-10\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScoringEmployees($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                id\n                periodScore(period: \"2026-10\") {\n                  score\n                  level\n                  period {\n                    status\n                  }\n                }\n                creativityRating(period: \"2026-10\") {\n                  points\n                }\n                annualAssessment(year: 2026) {\n                  total\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ScoringEmployees($first: Int!) {\n            employees(first: $first) {\n              nodes {\n                id\n                periodScore(period: \"2026-10\") {\n                  score\n                  level\n                  period {\n                    status\n                  }\n                }\n                creativityRating(period: \"2026-10\") {\n                  points\n                }\n                annualAssessment(year: 2026) {\n                  total\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ScoringProvinceOverview {\n        provinceOverview(period: \"2026-10\") {\n          distribution {\n            people\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ScoringProvinceOverview {\n        provinceOverview(period: \"2026-10\") {\n          distribution {\n            people\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScoringEmployee3($id: ID!) {\n            employee(id: $id) {\n              fullName\n            }\n            provinceOverview(period: \"2026-10\") {\n              byAgency {\n                meanScore\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ScoringEmployee3($id: ID!) {\n            employee(id: $id) {\n              fullName\n            }\n            provinceOverview(period: \"2026-10\") {\n              byAgency {\n                meanScore\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ScoringSetScoringPolicy2($o: JSONObject) {\n              setScoringPolicy(input: { effectiveFrom: \"2027-01-01\", preset: \"DECREE_335\", overrides: $o, reason: \"test\" }) {\n                version\n              }\n            }\n          "): (typeof documents)["\n            mutation ScoringSetScoringPolicy2($o: JSONObject) {\n              setScoringPolicy(input: { effectiveFrom: \"2027-01-01\", preset: \"DECREE_335\", overrides: $o, reason: \"test\" }) {\n                version\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ScoringProducts($period: String!) {\n      me {\n        periodScore(period: $period) {\n          policyVersion\n          segments {\n            products {\n              judged\n              completed\n              judgedUnits\n              completedUnits\n              unitsMeetingRequirements\n              unitsOnTime\n              quantityPct\n              qualityPct\n              progressPct\n              plainQualityPct\n              plainProgressPct\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ScoringProducts($period: String!) {\n      me {\n        periodScore(period: $period) {\n          policyVersion\n          segments {\n            products {\n              judged\n              completed\n              judgedUnits\n              completedUnits\n              unitsMeetingRequirements\n              unitsOnTime\n              quantityPct\n              qualityPct\n              progressPct\n              plainQualityPct\n              plainProgressPct\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringAssignTen($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringAssignTen($input: AssignWorkInput!) {\n          assignWork(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringAcceptTen($id: ID!) {\n          acceptAssignment(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringAcceptTen($id: ID!) {\n          acceptAssignment(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringSubmitEight($id: ID!) {\n          submitAssignment(id: $id, input: { quantityDone: 8 }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringSubmitEight($id: ID!) {\n          submitAssignment(id: $id, input: { quantityDone: 8 }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScoringCompleteEight($id: ID!) {\n          completeAssignment(id: $id, input: { quality: GOOD }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ScoringCompleteEight($id: ID!) {\n          completeAssignment(id: $id, input: { quality: GOOD }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringSetLeaderBands($o: JSONObject) {\n      setScoringPolicy(input: { effectiveFrom: \"2027-03-01\", preset: \"KHANH_HOA\", overrides: $o, reason: \"leaders' own bands\" }) {\n        version\n        rules\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringSetLeaderBands($o: JSONObject) {\n      setScoringPolicy(input: { effectiveFrom: \"2027-03-01\", preset: \"KHANH_HOA\", overrides: $o, reason: \"leaders' own bands\" }) {\n        version\n        rules\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringSetToCorrect($from: LocalDate!) {\n      setScoringPolicy(input: { effectiveFrom: $from, preset: \"DECREE_335\", reason: \"a version with a mistake\" }) {\n        version\n        effectiveFrom\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringSetToCorrect($from: LocalDate!) {\n      setScoringPolicy(input: { effectiveFrom: $from, preset: \"DECREE_335\", reason: \"a version with a mistake\" }) {\n        version\n        effectiveFrom\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringAmend($version: Int!, $input: ScoringPolicyInput!) {\n      amendScoringPolicy(version: $version, input: $input) {\n        version\n        effectiveFrom\n        rules\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringAmend($version: Int!, $input: ScoringPolicyInput!) {\n      amendScoringPolicy(version: $version, input: $input) {\n        version\n        effectiveFrom\n        rules\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringWithdraw($version: Int!, $reason: String!) {\n      withdrawScoringPolicy(version: $version, reason: $reason) {\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringWithdraw($version: Int!, $reason: String!) {\n      withdrawScoringPolicy(version: $version, reason: $reason) {\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ScoringPolicyLine {\n      scoringPolicies {\n        version\n        effectiveFrom\n        effectiveTo\n      }\n      scoringPolicyChanges {\n        version\n        action\n        effectiveFrom\n        rules\n        changedBy\n        reason\n      }\n    }\n  "): (typeof documents)["\n    query ScoringPolicyLine {\n      scoringPolicies {\n        version\n        effectiveFrom\n        effectiveTo\n      }\n      scoringPolicyChanges {\n        version\n        action\n        effectiveFrom\n        rules\n        changedBy\n        reason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringStartAgencyJob($period: String!, $action: ScoringPeriodAction!, $agencyId: ID, $reason: String) {\n      startScoringPeriodJob(period: $period, action: $action, agencyId: $agencyId, reason: $reason) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringStartAgencyJob($period: String!, $action: ScoringPeriodAction!, $agencyId: ID, $reason: String) {\n      startScoringPeriodJob(period: $period, action: $action, agencyId: $agencyId, reason: $reason) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ScoringAgencyJob($id: ID!) {\n      scoringJob(id: $id) {\n        state\n        summary\n        errors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ScoringAgencyJob($id: ID!) {\n      scoringJob(id: $id) {\n        state\n        summary\n        errors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringCloseAgency($period: String!, $agencyId: ID, $reason: String) {\n      closeScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {\n        status\n        agencyCloses {\n          agencyId\n          people\n          closedBy\n          reason\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringCloseAgency($period: String!, $agencyId: ID, $reason: String) {\n      closeScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {\n        status\n        agencyCloses {\n          agencyId\n          people\n          closedBy\n          reason\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringReopenAgency($period: String!, $agencyId: ID, $reason: String!) {\n      reopenScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {\n        status\n        agencyCloses {\n          agencyId\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringReopenAgency($period: String!, $agencyId: ID, $reason: String!) {\n      reopenScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {\n        status\n        agencyCloses {\n          agencyId\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringRecomputeAgency($period: String!, $agencyId: ID) {\n      recomputeScoringPeriod(period: $period, agencyId: $agencyId) {\n        people\n        changed\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringRecomputeAgency($period: String!, $agencyId: ID) {\n      recomputeScoringPeriod(period: $period, agencyId: $agencyId) {\n        people\n        changed\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringComputeOctober($agencyId: ID) {\n      computeScoringPeriod(period: \"2026-10\", agencyId: $agencyId) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringComputeOctober($agencyId: ID) {\n      computeScoringPeriod(period: \"2026-10\", agencyId: $agencyId) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScoringRateClosed($id: ID!) {\n      rateCreativity(employeeId: $id, period: \"2026-10\", points: 80) {\n        points\n      }\n    }\n  "): (typeof documents)["\n    mutation ScoringRateClosed($id: ID!) {\n      rateCreativity(employeeId: $id, period: \"2026-10\", points: 80) {\n        points\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ScoringPeriodCloses {\n          scoringPeriod(period: \"2026-10\") {\n            status\n            agencyCloses {\n              agencyId\n              people\n              reason\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ScoringPeriodCloses {\n          scoringPeriod(period: \"2026-10\") {\n            status\n            agencyCloses {\n              agencyId\n              people\n              reason\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage($agencyId: ID!, $first: Int!, $period: String!) {\n    employees(first: $first, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        fullName\n        periodScore(period: $period) {\n          score\n          level\n          frozen\n          workPoints\n          indicators {\n            quantity\n            timeliness\n            quality\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPage($agencyId: ID!, $first: Int!, $period: String!) {\n    employees(first: $first, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        fullName\n        periodScore(period: $period) {\n          score\n          level\n          frozen\n          workPoints\n          indicators {\n            quantity\n            timeliness\n            quality\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamPageRename($id: ID!, $fullName: String!) {\n    updateEmployee(id: $id, input: { fullName: $fullName }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamPageRename($id: ID!, $fullName: String!) {\n    updateEmployee(id: $id, input: { fullName: $fullName }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamPageClose($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TeamPageClose($period: String!) {\n    closeScoringPeriod(period: $period) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRemindersStart {\n    startReminderJob {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebRemindersStart {\n    startReminderJob {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebRemindersJob($id: ID!) {\n    diaryJob(id: $id) {\n      state\n      summary\n    }\n  }\n"): (typeof documents)["\n  query WebRemindersJob($id: ID!) {\n    diaryJob(id: $id) {\n      state\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebRemindersPreferences {\n    myNotificationPreferences {\n      kind\n      email\n    }\n  }\n"): (typeof documents)["\n  query WebRemindersPreferences {\n    myNotificationPreferences {\n      kind\n      email\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;