/**
 * An ordered queue of work in flight: results are consumed in the order their promises were
 * pushed, whatever order they settle in, and a producer that pushes onto a full queue first
 * consumes from its head (backpressure: at most `room()` results wait at any time).
 */
export class OrderedQueue<T> {
  private readonly items: Promise<T>[] = [];

  /**
   * `consume` takes each result in order; `room` is how many may wait; `onWait` is told how
   * long the consumer waited for the head to settle (milliseconds).
   */
  constructor(
    private readonly consume: (item: T) => Promise<void>,
    private readonly room: () => number,
    private readonly onWait?: (ms: number) => void,
  ) {}

  /** Results waiting (settled or not). */
  get length(): number {
    return this.items.length;
  }

  /** Adds a result; consumes from the head while the queue is over its room. */
  async push(item: Promise<T>): Promise<void> {
    this.items.push(item);
    while (this.items.length > this.room()) await this.next();
  }

  /** Consumes everything still waiting. */
  async drain(): Promise<void> {
    while (this.items.length > 0) await this.next();
  }

  private async next(): Promise<void> {
    const t0 = performance.now();
    const item = await (this.items.shift() as Promise<T>);
    this.onWait?.(performance.now() - t0);
    await this.consume(item);
  }
}
