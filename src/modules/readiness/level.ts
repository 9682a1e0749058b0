/**
 * The level rule: a service is at the highest level whose checks, and those of every level
 * below, all pass. A level without checks cannot be reached on its own (otherwise a
 * scorecard whose Gold checks are not written yet would put everyone at Gold). Pure.
 */

/**
 * @param hasChecks  per level index, whether any check belongs to it
 * @param failingLevelIndexes  the level index of each failing check
 * @returns the index of the level reached, -1 for none
 */
export function levelReached(hasChecks: readonly boolean[], failingLevelIndexes: Iterable<number>): number {
  let lowestFailing = hasChecks.length;
  for (const index of failingLevelIndexes) if (index < lowestFailing) lowestFailing = index;
  for (let index = lowestFailing - 1; index >= 0; index -= 1) if (hasChecks[index] === true) return index;
  return -1;
}

/** Share of passing checks; a scorecard without checks scores 1 (nothing is missing). */
export function scoreOf(passed: number, total: number): number {
  return total === 0 ? 1 : passed / total;
}
