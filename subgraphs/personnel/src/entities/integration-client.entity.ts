import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from './ids.js';

@ObjectType({
  description:
    'A system that calls the graph on its own behalf (E-Office, an analytics system, a sector’s system), registered by a ' +
    'province admin: its OAuth client id, the scopes it holds, its own rate limit. Its secret is shown once, at registration ' +
    'or rotation; only a hash is kept. Never deleted: revoked, with who and why.',
})
@Entity({ tableName: 'integration_client' })
export class IntegrationClient {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: 'The OAuth client id it authenticates with (lower-case letters, digits, dashes)' })
  @Property({ type: 'text', unique: true })
  clientId: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => [String], { description: 'What it may do: diary:intake, analytics:read' })
  @Property({ type: 'text[]' })
  scopes: string[];

  @Field(() => Int, { nullable: true, description: 'Its requests per rate window at the gateway; null: the gateway’s default for callers' })
  @Property({ type: 'integer', nullable: true })
  requestsPerWindow: number | null = null;

  /** SHA-256 (hex) of its secret: 256 random bits, so a hash is enough and the secret itself is never stored. */
  @Property({ type: 'text', hidden: true })
  secretHash: string;

  @Field({ description: 'When its current secret was set (registration or the last rotation)' })
  @Property({ type: 'timestamptz' })
  secretSetAt: Date = new Date();

  @Field()
  @Property({ type: 'text' })
  registeredBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  registeredAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was revoked: its tokens stop working then' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokedBy: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokeReason: string | null = null;
}
