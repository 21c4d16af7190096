/** Validates manifests against schemas/office/ (libxml2 in WebAssembly); the number that failed. */
export function validate(files: string[]): Promise<number>;
