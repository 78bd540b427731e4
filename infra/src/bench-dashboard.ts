/**
 * The staff dashboard issue 14 measures (the self view): the person, their position and agency,
 * the month's diary figures and entries, their assignments and their live score — one query for
 * every bench that asks it (bench:self, bench:gateway), so their figures are of the same page.
 */
export const DASHBOARD = `query StaffDashboard($from: LocalDate!, $to: LocalDate!, $period: String!) {
  me {
    id code fullName staffType
    position { title category isLeadership standardMinutesPerDay }
    agency { code name }
    division { name }
    diaryPeriod(from: $from, to: $to) {
      workingDays actualMinutes earnedStandardMinutes workPoints approvedWorkPoints availableStandardMinutes missingDays daysOverStandard
    }
    diaryEntries(from: $from, to: $to) { id workDate quantity actualMinutes status workPoints flags workItem { code name unit } }
    assignmentSummary(from: $from, to: $to) { onTime late overdue overdueShare }
    periodScore(period: $period) {
      score level gate overdueShare workPoints capacityMinutes frozen
      indicators { quantity timeliness quality proactivity coordination creativity overdue }
    }
  }
  myAssignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {
    id title deadline effectiveDeadline timeliness workingDaysLeft workItem { name }
  }
}`;
