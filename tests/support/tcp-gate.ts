// A loopback port in front of a server that refuses connections until opened: a database that is
// down when the bot starts and comes up later, without stopping the real one.
import { connect, createServer, type Server, type Socket } from 'node:net';

/** A port that refuses connections until `open`, then passes them on to the server behind it. */
export class TcpGate {
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  /** A gate on a free port in front of `target`, closed (connections refused) until opened. */
  static async closedBefore(target: { host: string; port: number }): Promise<TcpGate> {
    const probe = createServer();
    const port = await new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)),
    );
    await new Promise((resolve) => probe.close(resolve));
    return new TcpGate(port, target);
  }

  /** Starts taking connections and passing them on. */
  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    this.#server = server;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
  }

  /** Refuses new connections again and cuts those open: the server went away. */
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    const server = this.#server;
    this.#server = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
