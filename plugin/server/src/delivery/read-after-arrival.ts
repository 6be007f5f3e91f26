/**
 * Shares one database read among the requests waiting for it, without ever answering a request
 * from a read that started before the request arrived: a caller joins the read queued to start
 * when the running one ends, never the running one. Every caller still sees each write committed
 * before it called (a statement sees what was committed before it started), while the database
 * answers at most one such read at a time, however many requests arrive.
 */
export const readAfterArrival = <T>(read: () => Promise<T>): (() => Promise<T>) => {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;

  const start = (): Promise<T> => {
    const current = read();
    running = current;
    const done = () => {
      if (running === current) running = null;
    };
    current.then(done, done);
    return current;
  };

  return () => {
    if (!running) return start();
    if (!queued) {
      queued = running.then(
        () => undefined,
        () => undefined
      ).then(() => {
        queued = null;
        return start();
      });
    }
    return queued;
  };
};
