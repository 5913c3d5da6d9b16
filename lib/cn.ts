import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

// For components whose callers override their classes (a table cell aligned right, a card without
// padding): the caller's class wins. tailwind-merge weighs 8 kB gzip, so what every page ships to
// the browser (header, buttons, alerts, selects, labels) joins with clsx or cva and takes only
// classes that do not compete with its own; a size is a variant there.
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
