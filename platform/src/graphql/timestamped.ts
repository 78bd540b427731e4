import { Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

/** When a record was created and last changed: every subgraph's entities extend this. */
@ObjectType({ description: 'Not a type of the schema: its fields are inherited' })
export abstract class Timestamped {
  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
