/**
 * Fault injection, loaded with `node --require` into a seed, import or server process:
 * the database fails on the Nth INSERT into a newsroom table (FAIL_ON_NEWSROOM_INSERT=N, or N
 * read from the file FAIL_ON_NEWSROOM_INSERT_FILE at each insert, so a test can arm a running
 * server), as a full disk or a dropped connection would, in the middle of a story.
 */
const Runner = require('knex/lib/execution/runner');

const fs = require('fs');

const failOnFromFile = () => {
  try {
    return Number(fs.readFileSync(process.env.FAIL_ON_NEWSROOM_INSERT_FILE, 'utf8'));
  } catch {
    return NaN;
  }
};
const failOnAt = () => (process.env.FAIL_ON_NEWSROOM_INSERT_FILE ? failOnFromFile() : Number(process.env.FAIL_ON_NEWSROOM_INSERT));
let inserts = 0;
const originalQuery = Runner.prototype.query;

Runner.prototype.query = function query(obj) {
  const sql = typeof obj === 'string' ? obj : obj && obj.sql;
  if (typeof sql === 'string' && /^insert into (?:"[^"]+"\.)?[`"]?newsroom_/i.test(sql)) {
    inserts += 1;
    // Strapi drops process listeners on shutdown, so the count is written as it goes.
    if (process.env.NEWSROOM_INSERT_COUNT_FILE) {
      fs.writeFileSync(process.env.NEWSROOM_INSERT_COUNT_FILE, String(inserts));
    }
    if (inserts === failOnAt()) {
      return Promise.reject(new Error(`injected fault: insert #${inserts} into a newsroom table failed`));
    }
  }
  return originalQuery.call(this, obj);
};

