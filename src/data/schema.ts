/**
 * The single definition of Frontera's data. The compiler (scripts/compile-data.ts), the app and
 * the importer all parse with these schemas: the records (./records.ts) and a dataset whose parts
 * agree with each other (./integrity.ts).
 */
import { datasetIntegrityIssues } from './integrity';
import { DatasetShapeSchema } from './records';

export * from './records';

export const DatasetSchema = DatasetShapeSchema.superRefine((d, ctx) => {
  for (const issue of datasetIntegrityIssues(d))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
