import { Connection, PageArgs, described, Parent } from '@kpi/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Agency, JobPosition } from '../entities/index.js';
import * as agencies from '../services/agency.service.js';
import type { PersonnelContext } from '../services/context.js';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from '../services/inputs.js';

export const AgencyConnection = Connection(Agency, 'Agency');

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, {
    nullable: true,
    description: described(
      'An agency, unit, locality or division by its id; null when none is found (FORBIDDEN instead for a caller who does not read the whole province)',
      'Cơ quan, đơn vị, địa phương hoặc phòng theo mã định danh; null khi không tìm thấy (với người gọi không được xem toàn tỉnh: FORBIDDEN)',
    ),
  })
  agency(@Arg('id', () => ID, { description: described('Its id', 'Mã định danh') }) id: string, @Ctx() ctx: PersonnelContext) {
    return agencies.agencyById(ctx, id);
  }

  @Query(() => Agency, {
    nullable: true,
    description: described(
      'An agency by its code; null when none is found (FORBIDDEN instead for a caller who does not read the whole province)',
      'Cơ quan theo mã; null khi không tìm thấy (với người gọi không được xem toàn tỉnh: FORBIDDEN)',
    ),
  })
  agencyByCode(
    @Arg('code', { description: described('Its code, unique in the province', 'Mã cơ quan, duy nhất trong tỉnh') }) code: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return agencies.agencyByCode(ctx, code);
  }

  @Query(() => AgencyConnection, {
    description: described(
      'Agencies, units, localities and divisions, ordered by code, a page at a time',
      'Danh sách cơ quan, đơn vị, địa phương và phòng, sắp theo mã, từng trang',
    ),
  })
  agencies(
    @Arg('filter', () => AgencyFilter, {
      nullable: true,
      description: described('Which ones; all when left out', 'Điều kiện lọc; tất cả khi bỏ trống'),
    })
    filter: AgencyFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: PersonnelContext,
  ) {
    return agencies.listAgencies(ctx, filter, page);
  }

  @Query(() => [Agency], {
    description: described(
      'The roots of the organisation tree (the province); walk down with `children`',
      'Gốc của sơ đồ tổ chức (tỉnh); đi xuống các cấp qua `children`',
    ),
  })
  orgTree(
    @Arg('rootId', () => ID, {
      nullable: true,
      description: described(
        'Start from this agency instead (empty list when there is none)',
        'Bắt đầu từ cơ quan này (danh sách rỗng nếu không có)',
      ),
    })
    rootId: string | undefined,
    @Ctx() ctx: PersonnelContext,
  ) {
    return agencies.orgTreeRoots(ctx, rootId);
  }

  @Mutation(() => Agency, {
    description: described(
      'Adds an agency, unit, locality or division: province admins anywhere, agency admins below their agency',
      'Thêm cơ quan, đơn vị, địa phương hoặc phòng: quản trị tỉnh ở mọi nơi, quản trị cơ quan trong phạm vi cơ quan mình',
    ),
  })
  createAgency(
    @Arg('input', { description: described('The new agency', 'Cơ quan mới') }) input: CreateAgencyInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return agencies.createAgency(ctx, input);
  }

  @Mutation(() => Agency, {
    description: described(
      'Changes an agency: province admins, or the admins of that agency or one above it; moving a top-level agency is the province admins’ alone',
      'Sửa thông tin cơ quan: quản trị tỉnh, hoặc quản trị của chính cơ quan đó hay cơ quan cấp trên; chỉ quản trị tỉnh được chuyển cơ quan cấp tỉnh trực thuộc',
    ),
  })
  updateAgency(
    @Arg('id', () => ID, { description: described('The agency', 'Cơ quan cần sửa') }) id: string,
    @Arg('input', { description: described('What changes', 'Nội dung thay đổi') }) input: UpdateAgencyInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return agencies.updateAgency(ctx, id, input);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: described('The agency it belongs to; null for the province', 'Cơ quan cấp trên trực tiếp; null với tỉnh'),
  })
  parent(@Parent() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return agency.parentId ? ctx.loaders.agency.load(agency.parentId) : null;
  }

  @FieldResolver(() => [Agency], {
    description: described('Direct children, ordered by code', 'Các đơn vị trực thuộc trực tiếp, sắp theo mã'),
  })
  children(@Parent() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agencyChildren.load(agency.id);
  }

  @FieldResolver(() => [Agency], {
    description: described('From the root down to the parent', 'Các cấp trên, từ gốc xuống đến cơ quan cấp trên trực tiếp'),
  })
  ancestors(@Parent() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return agencies.ancestorsOf(ctx, agency);
  }

  @FieldResolver(() => [ID], {
    description: described(
      'Ids of the people in service placed directly here (an agency’s own staff, or a division’s), by name; ' +
        'for callers whose staff directory covers it (FORBIDDEN otherwise)',
      'Mã định danh những người đang công tác được bố trí trực tiếp tại đây (cán bộ của chính cơ quan, hoặc của phòng), sắp theo tên; ' +
        'cho người gọi được xem danh sách cán bộ của đơn vị này (nếu không: FORBIDDEN)',
    ),
  })
  staffIds(@Parent() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return agencies.staffIdsOf(ctx, agency);
  }

  @FieldResolver(() => [JobPosition], {
    description: described('The job positions established in this agency', 'Các vị trí việc làm của cơ quan này'),
  })
  positions(@Parent() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agencyPositions.load(agency.id);
  }
}
