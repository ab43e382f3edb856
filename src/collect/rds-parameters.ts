import { distinctPages } from "./pages.js";
import {
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBParameterGroupsCommand,
  paginateDescribeDBClusterParameters,
  paginateDescribeDBParameters,
  paginateDescribeEngineDefaultClusterParameters,
  paginateDescribeEngineDefaultParameters,
  type Parameter,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { collected, type Collected } from "./collected.js";
import { attempt } from "./collector.js";
import type { DbParameter, ParameterGroup } from "./inventory.js";

/**
 * Parameters kept from each group, because the TLS checks read them: `rds.force_ssl` requires TLS
 * on PostgreSQL and SQL Server, `require_secure_transport` on MySQL and MariaDB, and `ssl` only
 * enables TLS support on PostgreSQL.
 */
export const AUDITED_PARAMETERS = ["rds.force_ssl", "require_secure_transport", "ssl"] as const;

const AUDITED = new Set<string>(AUDITED_PARAMETERS);

/**
 * Returns the parameter that decides TLS enforcement for a parameter group family, e.g.
 * `rds.force_ssl` for `aurora-postgresql15`. Only that one is worth resolving from the engine
 * defaults when a group leaves it out; undefined for families no TLS check reads.
 */
export function tlsParameterOfFamily(family: string): string | undefined {
  if (/^(aurora-)?postgres|^sqlserver/.test(family)) return "rds.force_ssl";
  if (/^(aurora-)?mysql|^mariadb|^aurora\d/.test(family)) return "require_secure_transport";
  return undefined;
}

/** The three reads behind one kind of parameter group (DB or DB cluster). */
interface GroupOperations {
  describeGroup: "DescribeDBParameterGroups" | "DescribeDBClusterParameterGroups";
  describeParameters: "DescribeDBParameters" | "DescribeDBClusterParameters";
  describeEngineDefaults:
    "DescribeEngineDefaultParameters" | "DescribeEngineDefaultClusterParameters";
  readFamily(client: RDSClient, name: string): Promise<string>;
  readParameters(client: RDSClient, name: string): Promise<Parameter[]>;
  readEngineDefaults(client: RDSClient, family: string): Promise<Parameter[]>;
}

const DB_PARAMETER_GROUP: GroupOperations = {
  describeGroup: "DescribeDBParameterGroups",
  describeParameters: "DescribeDBParameters",
  describeEngineDefaults: "DescribeEngineDefaultParameters",

  async readFamily(client, name) {
    const response = await client.send(
      new DescribeDBParameterGroupsCommand({ DBParameterGroupName: name }),
    );
    return familyOf(response.DBParameterGroups?.[0], name);
  },

  readParameters: (client, name) =>
    auditedParameters(
      distinctPages(
        paginateDescribeDBParameters(
          { client, stopOnSameToken: true },
          { DBParameterGroupName: name },
        ),
        "rds",
        "DescribeDBParameters",
      ),
      (page) => page.Parameters,
    ),

  readEngineDefaults: (client, family) =>
    auditedParameters(
      distinctPages(
        paginateDescribeEngineDefaultParameters(
          { client, stopOnSameToken: true },
          { DBParameterGroupFamily: family },
        ),
        "rds",
        "DescribeEngineDefaultParameters",
      ),
      (page) => page.EngineDefaults?.Parameters,
    ),
};

const DB_CLUSTER_PARAMETER_GROUP: GroupOperations = {
  describeGroup: "DescribeDBClusterParameterGroups",
  describeParameters: "DescribeDBClusterParameters",
  describeEngineDefaults: "DescribeEngineDefaultClusterParameters",

  async readFamily(client, name) {
    const response = await client.send(
      new DescribeDBClusterParameterGroupsCommand({ DBClusterParameterGroupName: name }),
    );
    return familyOf(response.DBClusterParameterGroups?.[0], name);
  },

  readParameters: (client, name) =>
    auditedParameters(
      distinctPages(
        paginateDescribeDBClusterParameters(
          { client, stopOnSameToken: true },
          { DBClusterParameterGroupName: name },
        ),
        "rds",
        "DescribeDBClusterParameters",
      ),
      (page) => page.Parameters,
    ),

  readEngineDefaults: (client, family) =>
    auditedParameters(
      distinctPages(
        paginateDescribeEngineDefaultClusterParameters(
          { client, stopOnSameToken: true },
          { DBParameterGroupFamily: family },
        ),
        "rds",
        "DescribeEngineDefaultClusterParameters",
      ),
      (page) => page.EngineDefaults?.Parameters,
    ),
};

/**
 * Reads the DB and DB cluster parameter groups of one region. The engine defaults of each family
 * are read at most once and shared by every group of that family.
 */
export class ParameterGroupReader {
  private readonly engineDefaults = new Map<string, Promise<Collected<Parameter[]>>>();

  constructor(
    private readonly client: RDSClient,
    private readonly region: string,
  ) {}

  readDbParameterGroup(name: string): Promise<Collected<ParameterGroup>> {
    return this.read(DB_PARAMETER_GROUP, name);
  }

  readClusterParameterGroup(name: string): Promise<Collected<ParameterGroup>> {
    return this.read(DB_CLUSTER_PARAMETER_GROUP, name);
  }

  private async read(
    operations: GroupOperations,
    name: string,
  ): Promise<Collected<ParameterGroup>> {
    const family = await attempt(this.callContext(operations.describeGroup, name), () =>
      operations.readFamily(this.client, name),
    );
    if (!family.ok) return family;

    const parameters = await attempt(this.callContext(operations.describeParameters, name), () =>
      operations.readParameters(this.client, name),
    );
    if (!parameters.ok) return parameters;

    const group: ParameterGroup = {
      name,
      family: family.value,
      parameters: toParameterRecord(parameters.value),
    };
    const tlsParameter = tlsParameterOfFamily(family.value);
    const unresolved = tlsParameter === undefined ? [] : [tlsParameter];
    if (unresolved.every((key) => group.parameters[key]?.value !== undefined)) {
      return collected(group);
    }

    const defaults = await this.engineDefaultsFor(operations, family.value);
    if (!defaults.ok) {
      group.engineDefaultsError = defaults.error;
      return collected(group);
    }

    const familyDefaults = toParameterRecord(defaults.value);
    for (const key of unresolved) {
      const fallback = familyDefaults[key];
      if (fallback?.value === undefined) continue;
      group.parameters[key] = { ...fallback, source: "family-default" };
    }
    return collected(group);
  }

  /** Reads the audited engine defaults of a family once per region, failure included. */
  private engineDefaultsFor(
    operations: GroupOperations,
    family: string,
  ): Promise<Collected<Parameter[]>> {
    const key = `${operations.describeEngineDefaults}/${family}`;
    let defaults = this.engineDefaults.get(key);
    if (defaults === undefined) {
      defaults = attempt(this.callContext(operations.describeEngineDefaults, family), () =>
        operations.readEngineDefaults(this.client, family),
      );
      this.engineDefaults.set(key, defaults);
    }
    return defaults;
  }

  private callContext(operation: string, resource: string) {
    return { service: "rds" as const, operation, region: this.region, resource };
  }
}

function familyOf(group: { DBParameterGroupFamily?: string } | undefined, name: string): string {
  // AWS rejects an unknown name with DBParameterGroupNotFound, but moto 5.2.1 may return an empty
  // list instead. Both mean that the group cannot be audited.
  if (group === undefined) {
    const error = new Error(
      `Parameter group ${name} was not found: the describe call returned no group with that name.`,
    );
    error.name = "DBParameterGroupNotFound";
    throw error;
  }
  return group.DBParameterGroupFamily ?? "";
}

/** Collects the audited parameters from every page of a parameter listing. */
async function auditedParameters<Page>(
  pages: AsyncIterable<Page>,
  parametersOf: (page: Page) => Parameter[] | undefined,
): Promise<Parameter[]> {
  const audited: Parameter[] = [];
  for await (const page of pages) {
    for (const parameter of parametersOf(page) ?? []) {
      if (parameter.ParameterName !== undefined && AUDITED.has(parameter.ParameterName)) {
        audited.push(parameter);
      }
    }
  }
  return audited;
}

function toParameterRecord(parameters: Parameter[]): Record<string, DbParameter> {
  const record: Record<string, DbParameter> = {};
  for (const parameter of parameters) {
    if (parameter.ParameterName === undefined) continue;

    const entry: DbParameter = {};
    if (parameter.ParameterValue !== undefined) entry.value = parameter.ParameterValue;
    if (parameter.Source !== undefined) entry.source = parameter.Source;
    if (parameter.ApplyType !== undefined) entry.applyType = parameter.ApplyType;
    record[parameter.ParameterName] = entry;
  }
  return record;
}
