import { Connection, PageArgs, GraphQLLocalDate, described, Parent } from '@kpi/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Agency, Employee, JobPosition } from '../entities/index.js';
import type { PersonnelContext } from '../services/context.js';
import { positionHolders } from '../services/employee.service.js';
import * as positions from '../services/position.service.js';
import { CreateJobPositionInput, JobPositionFilter, UpdateJobPositionInput } from '../services/inputs.js';

export const JobPositionConnection = Connection(JobPosition, 'JobPosition');

@Resolver(() => JobPosition)
export class JobPositionResolver {
  @Query(() => JobPosition, {
    nullable: true,
    description: described(
      'A job position by its id; null when none is found (FORBIDDEN instead for a caller who does not read the whole province)',
      'Vị trí việc làm theo mã định danh; null khi không tìm thấy (với người gọi không được xem toàn tỉnh: FORBIDDEN)',
    ),
  })
  jobPosition(@Arg('id', () => ID, { description: described('Its id', 'Mã định danh') }) id: string, @Ctx() ctx: PersonnelContext) {
    return positions.positionById(ctx, id);
  }

  @Query(() => JobPosition, {
    nullable: true,
    description: described(
      'A position by its agency’s code and its own (unique within the agency); null when none is found (FORBIDDEN instead for a caller who does not read the whole province)',
      'Vị trí việc làm theo mã cơ quan và mã vị trí (duy nhất trong cơ quan); null khi không tìm thấy (với người gọi không được xem toàn tỉnh: FORBIDDEN)',
    ),
  })
  jobPositionByCode(
    @Arg('agencyCode', { description: described('Its agency’s code', 'Mã cơ quan') }) agencyCode: string,
    @Arg('code', { description: described('Its own code', 'Mã vị trí') }) code: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return positions.positionByCode(ctx, agencyCode, code);
  }

  @Query(() => JobPositionConnection, {
    description: described('Job positions, ordered by code, a page at a time', 'Danh sách vị trí việc làm, sắp theo mã, từng trang'),
  })
  jobPositions(
    @Arg('filter', () => JobPositionFilter, {
      nullable: true,
      description: described('Which ones; all when left out', 'Điều kiện lọc; tất cả khi bỏ trống'),
    })
    filter: JobPositionFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: PersonnelContext,
  ) {
    return positions.listPositions(ctx, filter, page);
  }

  @Mutation(() => JobPosition, {
    description: described(
      'Establishes a job position in an agency: province admins, or the admins of that agency or one above it',
      'Tạo vị trí việc làm trong một cơ quan: quản trị tỉnh, hoặc quản trị của cơ quan đó hay cơ quan cấp trên',
    ),
  })
  createJobPosition(
    @Arg('input', { description: described('The new position', 'Vị trí mới') }) input: CreateJobPositionInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return positions.createPosition(ctx, input);
  }

  @Mutation(() => JobPosition, {
    description: described(
      'Changes a job position: province admins, or the admins of its agency or one above it',
      'Sửa vị trí việc làm: quản trị tỉnh, hoặc quản trị của cơ quan có vị trí đó hay cơ quan cấp trên',
    ),
  })
  updateJobPosition(
    @Arg('id', () => ID, { description: described('The position', 'Vị trí cần sửa') }) id: string,
    @Arg('input', { description: described('What changes', 'Nội dung thay đổi') }) input: UpdateJobPositionInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return positions.updatePosition(ctx, id, input);
  }

  @FieldResolver(() => Agency, { description: described('The agency it is established in', 'Cơ quan có vị trí này') })
  agency(@Parent() position: JobPosition, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agency.load(position.agencyId);
  }

  @FieldResolver(() => [Employee], {
    description: described(
      'Who held this position on a date (from placement history), among the people the caller may read',
      'Những người giữ vị trí này vào một ngày (theo lịch sử bố trí), trong số người mà người gọi được xem',
    ),
  })
  holders(
    @Parent() position: JobPosition,
    @Arg('on', () => GraphQLLocalDate, { description: described('The day asked about', 'Ngày cần xem') }) on: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return positionHolders(ctx, position.id, on);
  }
}
