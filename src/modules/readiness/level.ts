/**
 * The level rule: a service is at the highest level whose checks, and those of every level
 * below, all pass. Levels without checks pass vacuously. Pure.
 */

/** `levelIndex` of each failing check → the index of the level reached, -1 for none. */
export function levelReached(levelCount: number, failingLevelIndexes: Iterable<number>): number {
  let lowestFailing = levelCount;
  for (const index of failingLevelIndexes) if (index < lowestFailing) lowestFailing = index;
  return lowestFailing - 1;
}

/** Share of passing checks; a scorecard without checks scores 1 (nothing is missing). */
export function scoreOf(passed: number, total: number): number {
  return total === 0 ? 1 : passed / total;
}
