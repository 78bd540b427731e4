import { Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { described } from '../i18n/descriptions.js';

/** When a record was created and last changed: every subgraph's entities extend this. */
@ObjectType({ description: 'Not a type of the schema: its fields are inherited' })
export abstract class Timestamped {
  @Field({ description: described('When the record was created', 'Thời điểm tạo bản ghi') })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: described('When the record last changed', 'Thời điểm bản ghi thay đổi gần nhất') })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
