// The worked example from the source material, shown with "Load the example" and, rendered at
// build time, to readers without JavaScript. An example, not a benchmark.
export const exampleCounts = ["1000", "300", "40", "12", "5"];
export const exampleLabels = [
  "Watched the free workshop replay",
  "Opened the follow-up email",
  "Booked a paid intro session",
  "Went on to a coaching package",
  "Referred a friend",
];
