import { createParameterDecorator } from 'type-graphql';

/**
 * The object a field resolver resolves a field of, exactly as its parent resolver returned it.
 *
 * type-graphql's root parameter "converts" a parent that is not an instance of the parameter's
 * class into one: `new Entity()` and every property assigned, for every field resolved. Read paths
 * return plain rows (`plainRows`, live scores, references) precisely so that no entity is built,
 * and each of those constructions ran the entity's initialisers — a fresh uuid v7 among them, a
 * call into the operating system's random source — and MikroORM's property setters: a third of
 * the catalogue's CPU on scoring's sector standards. Resolvers read their parent's fields and
 * call the domain's functions on it; none needs it to be an instance. type-graphql's `Root` is
 * refused by the lint rules, so a new resolver cannot bring the conversion back.
 */
export const Parent = () => createParameterDecorator(({ root }) => root);
