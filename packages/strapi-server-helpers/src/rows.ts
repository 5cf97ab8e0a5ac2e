import type { Core } from '@strapi/strapi';
import { columnOf } from './database';
import { metadataOf } from './models';

/**
 * Attributes read with knex, in a statement the Query Engine cannot write (a join across tables
 * that are not related in Strapi's model), returned as the Query Engine returns them: the same
 * conversions as @strapi/database's fields (`fromDB`), which it does not export. Only scalar
 * attributes; null stays null.
 */
const FROM_DATABASE: Record<string, (value: any) => unknown> = {
  string: String,
  text: String,
  richtext: String,
  email: String,
  uid: String,
  enumeration: String,
  password: String,
  integer: Number,
  float: Number,
  decimal: Number,
  biginteger: (value) => String(value),
  // SQLite stores 0 and 1; anything else is not a boolean Strapi wrote.
  boolean: (value) => (typeof value === 'boolean' ? value : String(value) === '1' ? true : String(value) === '0' ? false : null),
  date: (value) => value,
  time: (value) => value,
  datetime: (value) => isoOrNull(value instanceof Date ? value : new Date(value)),
  timestamp: (value) => {
    const time = (value instanceof Date ? value : new Date(value)).getTime();
    return Number.isNaN(time) ? null : String(time);
  },
  json: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
};

const isoOrNull = (date: Date) => (Number.isNaN(date.getTime()) ? null : date.toISOString());

/**
 * Aliased columns for a knex `select` of some attributes of a type read under `alias`: each comes
 * back as `${prefix}${attribute}`, so that several tables' attributes share one row.
 */
export function selectAttributes(strapi: Core.Strapi, uid: string, alias: string, attributes: string[], prefix: string): Record<string, string> {
  return Object.fromEntries(attributes.map((name) => [`${prefix}${name}`, `${alias}.${columnOf(strapi, uid, name)}`]));
}

/** Those attributes of a row selected with selectAttributes, in the given order, as the Query Engine returns them. */
export function readAttributes(strapi: Core.Strapi, uid: string, row: Record<string, unknown>, attributes: string[], prefix: string): Record<string, unknown> {
  const model = metadataOf(strapi, uid).attributes as Record<string, { type: string }>;
  const entity: Record<string, unknown> = {};
  for (const name of attributes) {
    const value = row[`${prefix}${name}`];
    const convert = FROM_DATABASE[model[name].type];
    if (!convert) throw new Error(`readAttributes: ${uid}.${name} is a ${model[name].type}, not a scalar it reads`);
    entity[name] = value === null || value === undefined ? null : convert(value);
  }
  return entity;
}
