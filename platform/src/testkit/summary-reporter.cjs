/**
 * Jest's counts for run-tests.ts, which adds the checks and prints `N passed, N failed` as the
 * run's very last line: the plain line CI reads. Jest's own summary stays above it. Skipped and
 * todo tests are counted apart (run-tests.ts mentions them on a line of their own). Run without
 * run-tests.ts, the reporter prints the line itself.
 */
const { writeFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    if (process.env.KPI_TEST_SUMMARY) writeFileSync(process.env.KPI_TEST_SUMMARY, JSON.stringify(counts));
    else process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed\n`);
  }
}
module.exports = SummaryReporter;
