// The coach's own names for the stages ("Downloaded the free guide"), for the page, the trend charts
// and the CSV: the stage ids stay for machines. Pure.

/**
 * Each stage's label: the first non-empty one among `labelLists` (most relevant first, such as the
 * after period's, then the before period's), else the site's stage name.
 */
export function coachLabels(
  stageNames: readonly string[],
  labelLists: readonly (readonly string[] | undefined)[],
): string[] {
  return stageNames.map((name, i) => {
    for (const labels of labelLists) {
      const label = labels?.[i]?.trim();
      if (label) return label;
    }
    return name;
  });
}
