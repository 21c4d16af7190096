// Words of the input contract that the calculation needs as well as the reader: the flag columns
// of the log (their mark keys and headers). They live below both, so that the calculation
// (core/units) never imports the reader (core/read); core/read/specs.ts builds the sheets from them.
import type { MarkKey } from "./model.ts";

export interface ColumnSpec {
  field: string;
  /** Header texts that name this column: Chinese first, then English aliases. */
  names: string[];
  required?: boolean;
}

export const col = <F extends string>(field: F, names: string[], required = false) => ({ field, names, required });

/** The 10 flag columns of the log, field = mark key. */
export const FLAG_COLUMNS: ReadonlyArray<ColumnSpec & { field: MarkKey }> = [
  col("district.adopted", ["区采用", "district adopted"]),
  col("district.excellent", ["区优秀", "district excellent"]),
  col("district.endorsed", ["区领导批示", "district endorsed"]),
  col("city.adopted", ["市采用", "city adopted"]),
  col("city.excellent", ["市优秀", "city excellent"]),
  col("city.endorsed", ["市领导批示", "city endorsed"]),
  col("province.adopted", ["省采用", "province adopted"]),
  col("province.excellent", ["省优秀", "province excellent"]),
  col("province.endorsed", ["省领导批示", "province endorsed"]),
  col("central.adopted", ["中央采用", "central adopted"]),
];
