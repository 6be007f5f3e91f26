/**
 * Loaded with `node --require` into a server the benchmark starts: counts every SQL statement
 * knex sends. On SIGUSR2 the count is written to NEWSROOM_QUERY_COUNT_FILE.
 */
const { writeFileSync } = require('fs');
const Runner = require('knex/lib/execution/runner');

let queries = 0;
const originalQuery = Runner.prototype.query;
Runner.prototype.query = function query(obj) {
  queries += 1;
  return originalQuery.call(this, obj);
};

process.on('SIGUSR2', () => writeFileSync(process.env.NEWSROOM_QUERY_COUNT_FILE, String(queries)));
