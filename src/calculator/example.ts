// The worked example: a career coach's quarter, shown with "Load the example" and, rendered at
// build time, to readers without JavaScript. An example, not a benchmark.
export const exampleCounts = ["1000", "300", "40", "12", "5"];
export const exampleLabels = [
  "Read the article on changing careers",
  "Downloaded the CV checklist",
  "Booked a paid taster session",
  "Signed up for the three-month programme",
  "Sent a colleague our way",
];
