import { describe, expect, it } from 'vitest';
import { OrderedQueue } from './ordered.js';

const later = <T>(value: T, ms: number): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('OrderedQueue', () => {
  it('consumes in push order whatever order results settle in, and holds at most its room', async () => {
    const seen: string[] = [];
    let most = 0;
    const q: OrderedQueue<string> = new OrderedQueue<string>(async (x) => void seen.push(x), () => 2);
    const delays = [30, 5, 20, 1, 10, 0];
    for (const [i, ms] of delays.entries()) {
      await q.push(later(`chunk ${i}`, ms));
      most = Math.max(most, q.length);
    }
    expect(most).toBeLessThanOrEqual(2);
    expect(seen.length).toBe(delays.length - 2);
    await q.drain();
    expect(seen).toEqual(delays.map((_, i) => `chunk ${i}`));
    expect(q.length).toBe(0);
  });
});
