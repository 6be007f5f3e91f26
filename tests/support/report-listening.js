// Preloaded (`node -r`) into every test server: reports over the IPC channel the port each of this
// process's servers took, so the test knows the server on that port is its own child and not
// another worker's (a health check alone cannot tell them apart); and, on stderr, a port it found
// taken, so the test tries another.
const fs = require('fs');
const net = require('net');

/** The line the test process looks for in the server's stderr when the port was taken. */
const ADDRESS_IN_USE = '[newsroom-test-server] address in use:';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  this.once('listening', () => {
    const address = this.address();
    if (process.send && address && typeof address === 'object') {
      process.send({ listening: { port: address.port, pid: process.pid } });
    }
  });
  // Before Strapi's own handler, which exits at once: written synchronously, so it is not lost.
  this.prependOnceListener('error', (error) => {
    if (error && error.code === 'EADDRINUSE') fs.writeSync(2, `${ADDRESS_IN_USE} ${error.port}\n`);
  });
  return listen.apply(this, args);
};

// The channel must not keep the server alive once the test stops it.
if (process.channel) process.channel.unref();
