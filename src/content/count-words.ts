// Small counts written as words, as prose writes them ("the five stages"); larger ones as digits.
const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

export const countInWords = (count: number): string => words[count] ?? String(count);
