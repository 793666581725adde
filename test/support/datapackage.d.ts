/** The parts of the Frictionless Data library (npm datapackage, which ships no types) the tests use. */
declare module "datapackage" {
  export interface Resource {
    readonly name: string;
    /** Reads every row against the resource's Table Schema; with `relations`, checks its foreign keys too. Rejects on the first bad row. */
    read(options?: { relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, basePath?: string): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
