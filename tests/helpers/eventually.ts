/**
 * Reads until the value is accepted or the time is up, and returns the last value read: for what
 * the browser sets off and the server finishes later (the database is the judge of what happened).
 */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 15000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
