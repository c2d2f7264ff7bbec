import { clip } from "@prisme/common";

/** A value of the file quoted in a message: at most 40 characters of it, so a reason stays readable whatever the file holds. */
export const cite = (value: unknown): string => `"${clip(String(value ?? ""), 40)}"`;
