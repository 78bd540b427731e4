import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '**/*.cjs',
      '**/*.generated.ts',
      'integration-tests/src/graphql/**',
      'web/src/graphql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // type-graphql's Root makes an instance of the parent's class for every field resolved
      // (platform/src/graphql/parent.ts): field resolvers take their parent as it is.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'type-graphql',
              importNames: ['Root'],
              message: 'Use Parent from @kpi/platform: Root builds an instance of the parent for every field resolved.',
            },
          ],
        },
      ],
    },
  },
  {
    // Data access lives in store/: a service works through the unit of work (create, assign,
    // remove, flush, transactional, and findOne of one record); lists, filters, SQL, bulk
    // native statements and locks are a store's (README, Layout).
    files: ['subgraphs/*/src/services/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.object.name=/^(em|tx|trx)$/][callee.property.name=/^(find|findAll|findAndCount|count|execute|nativeDelete|nativeUpdate|nativeInsert|insertMany|createQueryBuilder|qb|getConnection|getKysely)$/]',
          message: 'Data access beyond the unit of work belongs in store/ (README, Layout).',
        },
        {
          selector:
            'CallExpression[callee.object.property.name="em"][callee.property.name=/^(find|findAll|findAndCount|count|execute|nativeDelete|nativeUpdate|nativeInsert|insertMany|createQueryBuilder|qb|getConnection|getKysely)$/]',
          message: 'Data access beyond the unit of work belongs in store/ (README, Layout).',
        },
      ],
    },
  },
);
