/**
 * The ceiling for the benchmark: Node's own http server answering with the same bytes from
 * memory. Usage: bare-server.ts FILE PORT
 */
import { readFileSync } from 'fs';
import http from 'http';

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);

http
  .createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`bare server on ${port}`));
