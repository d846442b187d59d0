/**
 * Duplicate groups: a union-find over article ids in which the earliest added member is always
 * the representative, and every representative keeps its member list.
 */

/** One duplicate group. */
export interface DuplicateGroup {
  /** The representative: the earliest added member. */
  id: string;
  /** All members in the order they were added (the representative first). */
  members: string[];
}

/** Union-find over string ids with arrival order as rank. */
export class DuplicateGroups {
  private order = new Map<string, number>();
  private parent = new Map<string, string>();
  private members = new Map<string, string[]>();
  private seq = 0;

  /** Registers `id` as a singleton group (no-op when already known). */
  add(id: string): void {
    if (this.order.has(id)) return;
    this.order.set(id, this.seq++);
  }

  /** Whether `id` is known. */
  has(id: string): boolean {
    return this.order.has(id);
  }

  /** The representative of `id`'s group (`id` itself when it was never joined). */
  find(id: string): string {
    let root = id;
    for (let p = this.parent.get(root); p !== undefined; p = this.parent.get(root)) root = p;
    // Path compression.
    let cur = id;
    while (cur !== root) {
      const next = this.parent.get(cur) as string;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  /** Joins the groups of `a` and `b`; the earlier representative stays representative. */
  union(a: string, b: string): string {
    this.add(a);
    this.add(b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [keep, drop] = (this.order.get(ra) as number) <= (this.order.get(rb) as number) ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
    const km = this.members.get(keep) ?? [keep];
    const dm = this.members.get(drop) ?? [drop];
    this.members.delete(drop);
    this.members.set(keep, this.mergeByOrder(km, dm));
    return keep;
  }

  /** Merges two member lists that are each in arrival order. */
  private mergeByOrder(a: string[], b: string[]): string[] {
    const ord = (x: string): number => this.order.get(x) ?? Number.MAX_SAFE_INTEGER;
    if (ord(a[a.length - 1]) < ord(b[0])) {
      for (const x of b) a.push(x);
      return a;
    }
    const out: string[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) out.push(ord(a[i]) <= ord(b[j]) ? a[i++] : b[j++]);
    while (i < a.length) out.push(a[i++]);
    while (j < b.length) out.push(b[j++]);
    return out;
  }

  /** The group of `id` (a singleton for an unknown or never-joined id). */
  group(id: string): DuplicateGroup {
    const root = this.find(id);
    return { id: root, members: [...(this.members.get(root) ?? [root])] };
  }

  /** Forgets `id` when it is alone in its group (returns whether it was forgotten). */
  forgetIfSingleton(id: string): boolean {
    if (this.parent.has(id) || this.members.has(id)) return false;
    return this.order.delete(id);
  }
}
