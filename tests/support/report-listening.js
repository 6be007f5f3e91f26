// Preloaded (`node -r`) into every test server: reports over the IPC channel the port each of this
// process's servers took, so the test knows the server on that port is its own child and not
// another worker's (a health check alone cannot tell them apart).
const net = require('net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  this.once('listening', () => {
    const address = this.address();
    if (process.send && address && typeof address === 'object') {
      process.send({ listening: { port: address.port, pid: process.pid } });
    }
  });
  return listen.apply(this, args);
};

// The channel must not keep the server alive once the test stops it.
if (process.channel) process.channel.unref();
