import { ANNOUNCE_ARGUMENT, described, readRevision } from '@kpi/platform';
import { GrantStore } from '../store/grant.store.js';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { PersonnelContext } from '../services/context.js';

@Resolver()
export class DirectoryRevisionResolver {
  @Query(() => String, {
    description: described(
      'A value that changes with every change to people’s placements, positions or status, to job positions or to agencies: who keeps such facts between requests compares it before using them (the diary’s writes, scoring’s live scores)',
      'Giá trị thay đổi mỗi khi vị trí công tác, vị trí việc làm hay tình trạng của một người, một vị trí việc làm hoặc một cơ quan thay đổi: nơi giữ lại các dữ kiện này giữa các yêu cầu so sánh nó trước khi dùng (việc ghi nhật ký, điểm trực tiếp của chấm điểm)',
    ),
  })
  directoryRevision(
    @Arg('announce', () => String, ANNOUNCE_ARGUMENT)
    announce: string | null,
    @Ctx() ctx: PersonnelContext,
  ) {
    return readRevision(ctx.em, 'personnel', announce);
  }

  @Query(() => String, {
    description: described(
      'A value that changes with the directory revision and with every change to role grants or integration clients: the gateway keeps what each signed-in caller may do for as long as it stands, reading it about once a second',
      'Giá trị thay đổi cùng phiên bản danh bạ và mỗi khi phân quyền hay ứng dụng tích hợp thay đổi: cổng API giữ quyền của mỗi phiên đăng nhập chừng nào giá trị này chưa đổi, và đọc lại nó khoảng mỗi giây',
    ),
  })
  accessRevision(@Ctx() ctx: PersonnelContext) {
    return new GrantStore(ctx.em).accessRevision();
  }
}
