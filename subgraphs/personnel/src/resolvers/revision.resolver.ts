import { described } from '@kpi/platform';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { PersonnelContext } from '../services/context.js';
import { readRevision } from '../store/revision.store.js';

@Resolver()
export class DirectoryRevisionResolver {
  @Query(() => String, {
    description: described(
      'A value that changes with every change to people’s placements, positions or status, or to job positions: who keeps such facts between requests compares it before using them (the diary’s writes)',
      'Giá trị thay đổi mỗi khi vị trí công tác, vị trí việc làm hay tình trạng của một người, hoặc một vị trí việc làm, thay đổi: nơi giữ lại các dữ kiện này giữa các yêu cầu so sánh nó trước khi dùng (việc ghi nhật ký)',
    ),
  })
  directoryRevision(@Ctx() ctx: PersonnelContext) {
    return readRevision(ctx.em);
  }
}
