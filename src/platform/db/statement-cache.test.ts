import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './statement-cache.js';

describe('cacheStatements', () => {
  it('prepares a statement once per SQL text and keeps answering correctly', () => {
    const database = cacheStatements(new SQLite(':memory:'));
    database.exec('create table t (n integer)');
    const insert = database.prepare('insert into t (n) values (?)');
    expect(database.prepare('insert into t (n) values (?)')).toBe(insert);
    for (let n = 0; n < 5; n++) database.prepare('insert into t (n) values (?)').run(n);
    expect(database.prepare('select count(*) as c from t').get()).toEqual({ c: 5 });
  });

  it('evicts the least recently used statement beyond its capacity', () => {
    const database = cacheStatements(new SQLite(':memory:'), 2);
    const one = database.prepare('select 1');
    const two = database.prepare('select 2');
    database.prepare('select 1');
    database.prepare('select 3');
    expect(database.prepare('select 1')).toBe(one);
    expect(database.prepare('select 2')).not.toBe(two);
  });

  it('prepares anew while the cached statement is still iterating', () => {
    const database = cacheStatements(new SQLite(':memory:'));
    database.exec('create table t (n integer); insert into t values (1), (2)');
    const sql = 'select n from t order by n';
    const outer = database.prepare(sql).iterate() as IterableIterator<{ n: number }>;
    const first = outer.next();
    expect(first.value).toEqual({ n: 1 });
    expect(database.prepare(sql).all()).toEqual([{ n: 1 }, { n: 2 }]);
    expect(outer.next().value).toEqual({ n: 2 });
  });

  it('survives a schema change between two runs of a cached statement', () => {
    const database = cacheStatements(new SQLite(':memory:'));
    database.exec('create table t (n integer); insert into t values (1)');
    expect(database.prepare('select * from t').all()).toEqual([{ n: 1 }]);
    database.exec('alter table t add column m integer default 7');
    expect(database.prepare('select * from t').all()).toEqual([{ n: 1, m: 7 }]);
  });
});
