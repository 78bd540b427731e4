import type { SubgraphContext } from '@kpi/platform';
import type { PersonnelLoaders } from '../loaders.js';

export type PersonnelContext = SubgraphContext<PersonnelLoaders>;
