/**
 * Records `N passed, N failed` (and skipped when any) for run-tests.ts, which prints it as the
 * run's very last line: the plain line CI reads. Jest's own summary stays above it.
 */
const { writeFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    if (process.env.KPI_TEST_SUMMARY) writeFileSync(process.env.KPI_TEST_SUMMARY, line);
    else process.stdout.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
