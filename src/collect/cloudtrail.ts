import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type AdvancedEventSelector,
  type EventSelector,
  type Trail as SdkTrail,
} from "@aws-sdk/client-cloudtrail";
import { actionsFor } from "../aws/read-operations.js";
import { collected, type Collected } from "./collected.js";
import { attempt, mapConcurrently, type CollectContext, type Collector } from "./collector.js";
import type { Trail, TrailEventSelectors } from "./inventory.js";

/**
 * Reads every trail that applies to the audited regions, each trail once.
 * DescribeTrails with shadow trails lists a multi-region trail in every region it covers, and an
 * organization trail in member accounts with the management account's id in its ARN. Status and
 * event selectors of such a trail can only be read with its ARN from its home region.
 */
export const cloudtrailCollector: Collector<"cloudtrail"> = {
  part: "cloudtrail",
  service: "cloudtrail",
  scope: "global",
  label: "CloudTrail",
  actions: actionsFor("cloudtrail", ["DescribeTrails", "GetTrailStatus", "GetEventSelectors"]),

  async collect(context) {
    const listings = await mapConcurrently(context.regions, async (region) => ({
      region,
      trails: await describeTrails(context, region),
    }));

    // Each region's outcome is kept, because a denied region must not look like "no trail".
    const trailArnsByRegion: Record<string, Collected<string[]>> = {};
    const trailsByArn = new Map<string, { trail: SdkTrail; listedIn: string }>();
    for (const { region, trails } of listings) {
      if (!trails.ok) {
        trailArnsByRegion[region] = trails;
        continue;
      }

      const arns: string[] = [];
      for (const trail of trails.value) {
        if (trail.TrailARN === undefined) continue;
        arns.push(trail.TrailARN);
        if (!trailsByArn.has(trail.TrailARN)) {
          trailsByArn.set(trail.TrailARN, { trail, listedIn: region });
        }
      }
      trailArnsByRegion[region] = collected(arns);
    }

    const trails = await mapConcurrently([...trailsByArn.values()], ({ trail, listedIn }) =>
      readTrail(context, trail, listedIn),
    );
    return { trailArnsByRegion, trails };
  },

  countResources: (inventory) => inventory.trails.length,
};

function describeTrails(context: CollectContext, region: string): Promise<Collected<SdkTrail[]>> {
  const client = context.clients.get("cloudtrail", region);
  return attempt({ service: "cloudtrail", operation: "DescribeTrails", region }, async () => {
    const response = await client.send(new DescribeTrailsCommand({ includeShadowTrails: true }));
    return response.trailList ?? [];
  });
}

async function readTrail(
  context: CollectContext,
  trail: SdkTrail,
  listedIn: string,
): Promise<Trail> {
  const arn = trail.TrailARN ?? "";
  const homeRegion = trail.HomeRegion ?? regionOfArn(arn) ?? listedIn;
  const client = context.clients.get("cloudtrail", homeRegion);

  const [status, eventSelectors] = await Promise.all([
    attempt(
      { service: "cloudtrail", operation: "GetTrailStatus", region: homeRegion, resource: arn },
      async () => {
        const response = await client.send(new GetTrailStatusCommand({ Name: arn }));
        return { isLogging: response.IsLogging === true };
      },
    ),
    attempt(
      { service: "cloudtrail", operation: "GetEventSelectors", region: homeRegion, resource: arn },
      async (): Promise<TrailEventSelectors> => {
        const response = await client.send(new GetEventSelectorsCommand({ TrailName: arn }));
        return {
          eventSelectors: (response.EventSelectors ?? []).map(toClassicSelector),
          advancedEventSelectors: (response.AdvancedEventSelectors ?? []).map(toAdvancedSelector),
        };
      },
    ),
  ]);

  const result: Trail = {
    arn,
    name: trail.Name ?? arn.slice(arn.lastIndexOf("/") + 1),
    homeRegion,
    isMultiRegion: trail.IsMultiRegionTrail === true,
    isOrganizationTrail: trail.IsOrganizationTrail === true,
    logFileValidation: trail.LogFileValidationEnabled === true,
    status,
    eventSelectors,
  };
  if (trail.S3BucketName !== undefined) result.s3BucketName = trail.S3BucketName;
  if (trail.KmsKeyId !== undefined) result.kmsKeyId = trail.KmsKeyId;
  return result;
}

function toClassicSelector(selector: EventSelector): TrailEventSelectors["eventSelectors"][number] {
  const result: TrailEventSelectors["eventSelectors"][number] = {};
  if (selector.ReadWriteType !== undefined) result.readWriteType = selector.ReadWriteType;
  if (selector.IncludeManagementEvents !== undefined) {
    result.includeManagementEvents = selector.IncludeManagementEvents;
  }
  return result;
}

/**
 * Converts an advanced selector, which selects management events when one of its field
 * selectors has `eventCategory` Equals `Management`.
 */
function toAdvancedSelector(
  selector: AdvancedEventSelector,
): TrailEventSelectors["advancedEventSelectors"][number] {
  const selectsManagementEvents = (selector.FieldSelectors ?? []).some(
    (field) => field.Field === "eventCategory" && (field.Equals ?? []).includes("Management"),
  );
  return selector.Name === undefined
    ? { selectsManagementEvents }
    : { name: selector.Name, selectsManagementEvents };
}

/** Returns the region field of an ARN (`arn:partition:service:region:account:resource`). */
function regionOfArn(arn: string): string | undefined {
  const region = arn.split(":")[3];
  return region === undefined || region === "" ? undefined : region;
}
