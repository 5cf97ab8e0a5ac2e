/** One rejected value: where it is in the submitted data and why it was rejected. */
export interface FieldError {
  path: string[];
  message: string;
}

export const fieldError = (path: string | string[], message: string): FieldError => ({
  path: Array.isArray(path) ? path : path.split('.'),
  message,
});
