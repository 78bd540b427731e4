/** ESM + TypeScript through swc (legacy decorators with metadata, as type-graphql and MikroORM need). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/platform/src/testkit/jest-setup.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/'],
  reporters: ['default', '<rootDir>/platform/src/testkit/summary-reporter.cjs'],
  // Generous: a demo world takes ~20 s alone but three times that on a busy 2-core machine.
  testTimeout: 180000,
  maxWorkers: 2,
};
