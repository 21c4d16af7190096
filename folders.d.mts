export declare const PRODUCT: string[];
export declare const TOOLING: string[];
export declare const GENERATED: string[];
