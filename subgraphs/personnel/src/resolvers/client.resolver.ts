import { described, Parent } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ClientOperation, IntegrationClient } from '../entities/index.js';
import { canReadSecretHash } from '../rules/clients.js';
import * as clients from '../services/client.service.js';
import type { PersonnelContext } from '../services/context.js';
import { IntegrationClientSecret, RegisterClientInput, UpdateClientInput } from '../services/inputs.js';

@Resolver(() => IntegrationClient)
export class IntegrationClientResolver {
  @Query(() => [IntegrationClient], {
    description: described(
      'The registered integration clients (province admins, and the gateway and identity provider, which check clients)',
      'Các ứng dụng tích hợp đã đăng ký (quản trị tỉnh, cùng cổng và máy chủ định danh, nơi kiểm tra ứng dụng)',
    ),
  })
  integrationClients(
    @Arg('includeRevoked', {
      defaultValue: false,
      description: described(
        'Also the revoked ones (default: only those in use)',
        'Gồm cả ứng dụng đã thu hồi (mặc định: chỉ ứng dụng đang dùng)',
      ),
    })
    includeRevoked: boolean,
    @Ctx() ctx: PersonnelContext,
  ) {
    return clients.listClients(ctx, includeRevoked);
  }

  @Query(() => IntegrationClient, {
    nullable: true,
    description: described(
      'One client by its OAuth client id (read as integrationClients); null when there is none',
      'Một ứng dụng theo mã ứng dụng OAuth (quyền xem như integrationClients); null khi không có',
    ),
  })
  integrationClient(
    @Arg('clientId', { description: described('Its OAuth client id', 'Mã ứng dụng OAuth') }) clientId: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return clients.clientById(ctx, clientId);
  }

  @Mutation(() => IntegrationClientSecret, {
    description: described(
      'Registers a client with its scopes (province admins); answers its secret, once',
      'Đăng ký một ứng dụng cùng các quyền (quản trị tỉnh); trả về khóa bí mật, chỉ một lần',
    ),
  })
  registerIntegrationClient(
    @Arg('input', { description: described('The new client', 'Ứng dụng mới') }) input: RegisterClientInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return clients.registerClient(ctx, input);
  }

  @Mutation(() => IntegrationClientSecret, {
    description: described(
      'A new secret for a client (province admins); the old one stops working at once',
      'Cấp khóa bí mật mới cho ứng dụng (quản trị tỉnh); khóa cũ hết hiệu lực ngay',
    ),
  })
  rotateIntegrationClientSecret(
    @Arg('id', () => ID, { description: described('The client’s id', 'Mã định danh của ứng dụng') }) id: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return clients.rotateClientSecret(ctx, id);
  }

  @Mutation(() => IntegrationClient, {
    description: described(
      'Changes a client’s name, scopes or rate limit (province admins)',
      'Sửa tên, quyền hoặc giới hạn tần suất của ứng dụng (quản trị tỉnh)',
    ),
  })
  updateIntegrationClient(
    @Arg('id', () => ID, { description: described('The client’s id', 'Mã định danh của ứng dụng') }) id: string,
    @Arg('input', { description: described('What changes', 'Nội dung thay đổi') }) input: UpdateClientInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return clients.updateClient(ctx, id, input);
  }

  @Mutation(() => IntegrationClient, {
    description: described(
      'Ends a client at once (province admins); kept, with who revoked it and why',
      'Chấm dứt ngay một ứng dụng (quản trị tỉnh); vẫn được lưu, kèm người thu hồi và lý do',
    ),
  })
  revokeIntegrationClient(
    @Arg('id', () => ID, { description: described('The client’s id', 'Mã định danh của ứng dụng') }) id: string,
    @Arg('reason', { description: described('Why: kept with the client', 'Lý do: lưu cùng ứng dụng') }) reason: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return clients.revokeClient(ctx, id, reason);
  }

  @Mutation(() => IntegrationClient, {
    description: described(
      'Restricts a client to these operations (persisted operations), replacing its list; an empty list lifts it (province admins)',
      'Giới hạn ứng dụng vào các thao tác này (thao tác lưu sẵn), thay cho danh sách cũ; danh sách rỗng là bỏ giới hạn (quản trị tỉnh)',
    ),
  })
  setIntegrationClientOperations(
    @Arg('id', () => ID, { description: described('The client’s id', 'Mã định danh của ứng dụng') }) id: string,
    @Arg('documents', () => [String], {
      description: described('The GraphQL documents, each one named operation', 'Các văn bản GraphQL, mỗi văn bản là một thao tác có tên'),
    })
    documents: string[],
    @Ctx() ctx: PersonnelContext,
  ) {
    return clients.setClientOperations(ctx, id, documents);
  }

  @FieldResolver(() => [ClientOperation], {
    description: described(
      'The operations it is restricted to; none: any its scopes allow',
      'Các thao tác mà nó bị giới hạn vào; rỗng: mọi thao tác mà quyền của nó cho phép',
    ),
  })
  operations(@Parent() client: IntegrationClient, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.clientOperations.load(client.clientId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: described(
      'SHA-256 of its secret: for the identity provider only (null for everyone else)',
      'Giá trị băm SHA-256 của khóa bí mật: chỉ dành cho máy chủ định danh (người khác nhận null)',
    ),
  })
  secretHash(@Parent() client: IntegrationClient, @Ctx() ctx: PersonnelContext) {
    return canReadSecretHash(ctx.identity) ? client.secretHash : null;
  }
}
