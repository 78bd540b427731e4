import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An operation an integration client is restricted to (a persisted operation): once a client has any, the gateway ' +
    'refuses every other operation from it. Its id is the SHA-256 (hex) of its text, as Apollo’s persisted queries name them.',
})
@Entity({ tableName: 'client_operation' })
export class ClientOperation {
  @Field()
  @PrimaryKey({ type: 'text' })
  clientId: string;

  @Field({ description: 'SHA-256 (hex) of the document: a client may send this alone (extensions.persistedQuery.sha256Hash)' })
  @PrimaryKey({ type: 'text' })
  operationId: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field()
  @Property({ type: 'text' })
  document: string;

  @Field()
  @Property({ type: 'text' })
  registeredBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  registeredAt: Date = new Date();
}
