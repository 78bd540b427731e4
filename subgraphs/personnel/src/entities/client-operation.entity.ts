import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { described } from '@kpi/platform';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: described(
    'An operation an integration client is restricted to (a persisted operation): once a client has any, the gateway ' +
      'refuses every other operation from it. Its id is the SHA-256 (hex) of its text, as Apollo’s persisted queries name them',
    'Thao tác mà một ứng dụng tích hợp bị giới hạn vào (thao tác lưu sẵn): khi ứng dụng đã có ít nhất một thao tác, cổng từ chối ' +
      'mọi thao tác khác của nó. Mã của thao tác là SHA-256 (hex) của nội dung, theo cách đặt tên persisted query của Apollo',
  ),
})
@Entity({ tableName: 'client_operation' })
export class ClientOperation {
  @Field({ description: described('The OAuth client id of the client it belongs to', 'Mã ứng dụng OAuth của ứng dụng sở hữu') })
  @PrimaryKey({ type: 'text' })
  clientId: string;

  @Field({
    description: described(
      'SHA-256 (hex) of the document: a client may send this alone (extensions.persistedQuery.sha256Hash)',
      'SHA-256 (hex) của văn bản thao tác: ứng dụng có thể chỉ gửi giá trị này (extensions.persistedQuery.sha256Hash)',
    ),
  })
  @PrimaryKey({ type: 'text' })
  operationId: string;

  @Field({ description: described('The operation’s name in its document', 'Tên thao tác trong văn bản') })
  @Property({ type: 'text' })
  name: string;

  @Field({ description: described('The GraphQL document, as registered', 'Văn bản GraphQL, như khi đăng ký') })
  @Property({ type: 'text' })
  document: string;

  @Field({ description: described('Who registered it (subject of the caller’s identity)', 'Người đăng ký (định danh của người gọi)') })
  @Property({ type: 'text' })
  registeredBy: string;

  @Field({ description: described('When it was registered', 'Thời điểm đăng ký') })
  @Property({ type: 'timestamptz' })
  registeredAt: Date = new Date();
}
