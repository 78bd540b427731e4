import { actorLabel, type SubgraphContext } from '@kpi/platform';
import type { EducationLoaders } from '../loaders.js';

export type EducationContext = SubgraphContext<EducationLoaders>;

export const actorOf = (ctx: EducationContext) => actorLabel(ctx.identity);
