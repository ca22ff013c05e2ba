// A count with its noun, singular for one: "1 run", "3 runs", "2 wolves" (with the plural given).
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
