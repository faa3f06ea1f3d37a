import 'reflect-metadata';
import { createSchema, emitSchemaFile, schemaFile } from '../graphql/schema.js';

await emitSchemaFile(await createSchema());
console.log(`Wrote ${schemaFile}`);
