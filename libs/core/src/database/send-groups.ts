/** An item waiting to be sent in a group, with the promise of its own answer. */
export interface Grouped<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

/** How many groups of a key are under way at a time, and how large a group is. */
export interface GroupLimits {
  /** groups of one key under way at a time */
  inFlight: number;
  /**
   * items that must be waiting before another group starts beside one under way (fewer go as soon as a group
   * ends): under load each round trip carries many items instead of a few
   */
  min: number;
  /** items in one group at most */
  max: number;
}

/** The default limits: two groups under way, a second one once 16 items wait, 64 items at most. */
export const GROUP_LIMITS: GroupLimits = { inFlight: 2, min: 16, max: 64 };

interface Lane<T, R> {
  inFlight: number;
  waiting: Grouped<T, R>[];
  /** a start is due at the end of this turn of the event loop */
  due: boolean;
}

/**
 * Sends items of the same key together, so that many small requests at the same time cost one round trip and
 * one commit instead of one each (group commit). When no group of the key is under way, the items of the
 * current turn of the event loop go together as soon as it ends (a lone item goes alone, at once); items that
 * come while a group is under way wait for it to end (or for `min` of them to gather, when another group may
 * start) and go together. `send` answers or refuses each item of a group it is given; when it throws, the
 * destination is in trouble: the group and every item of the key waiting behind it are refused with that error
 * at once (each would otherwise wait its turn to meet the same trouble, and answer twice as late).
 */
export class SendGroups<T, R> {
  private readonly lanes = new Map<string, Lane<T, R>>();

  constructor(
    private readonly send: (key: string, group: Grouped<T, R>[]) => Promise<void>,
    private readonly limits: GroupLimits = GROUP_LIMITS,
  ) {}

  /** Sends the item with others of its key; resolves to its own answer. */
  add(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) this.lanes.set(key, (lane = { inFlight: 0, waiting: [], due: false }));
      lane.waiting.push({ item, resolve, reject });
      if (lane.inFlight > 0) return this.start(key, lane, false);
      if (lane.due) return;
      lane.due = true;
      const due = lane;
      setImmediate(() => {
        due.due = false;
        this.start(key, due, true);
      });
    });
  }

  /**
   * Starts the groups the lane may: the first at once when `now` (the turn the items came in has ended, or a
   * group has), then another beside those under way while `min` items wait.
   */
  private start(key: string, lane: Lane<T, R>, now: boolean): void {
    const { inFlight, min, max } = this.limits;
    while (lane.inFlight < inFlight && lane.waiting.length && (now || lane.waiting.length >= min)) {
      now = false;
      const group = lane.waiting.splice(0, max);
      lane.inFlight++;
      void this.send(key, group)
        .catch((err: unknown) => [...group, ...lane.waiting.splice(0)].forEach((grouped) => grouped.reject(err)))
        .finally(() => {
          lane.inFlight--;
          if (lane.inFlight === 0 && lane.waiting.length === 0) this.lanes.delete(key);
          else this.start(key, lane, true);
        });
    }
  }
}
