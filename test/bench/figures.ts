/**
 * Shared by the bench's parts. Every timing is reported beside its floor, measured in the same
 * run on the same machine: what the browser or the runtime costs for the same step with none
 * of our code in it. `<key>.overFloor` is the ratio, which stays comparable when the machine is
 * loaded and both figures grow together.
 */
export type Figures = Record<string, number>;

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** `key`, `key.floorMs` and `key.overFloor`. */
export function withFloor(key: string, ms: number, floorMs: number, digits = 2): Figures {
  return { [key]: round(ms, digits), [`${key}.floorMs`]: round(floorMs, digits), [`${key}.overFloor`]: round(ms / floorMs) };
}
