import { WebhookDeliveryStatus, WebhookEventType } from '@cei/domain';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMinSize, IsOptional, IsUUID, Length } from '../common/validation.js';
import { ascending, defineList, descending } from '../graphql/list.js';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity.js';

@InputType({ description: 'Filters for webhook endpoints; all given filters must match.' })
export class WebhookEndpointFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Endpoints of this API partner account.' })
  ownerId?: string;

  @Field(() => String, { nullable: true, description: 'Text to find in the URL or description.' })
  q?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only enabled endpoints; false: only disabled ones.',
  })
  enabled?: boolean;
}

export const WebhookEndpointList = defineList(WebhookEndpoint, {
  filter: WebhookEndpointFilter,
  orderFields: { URL: 'url', CREATED_AT: 'createdAt' },
  search: ['url', 'description'],
  custom: {
    enabled: (enabled: boolean) => ({ disabledAt: enabled ? null : { $ne: null } }),
  },
  defaultOrder: [ascending('createdAt'), ascending('id')],
});

@InputType({ description: 'Filters for webhook deliveries; all given filters must match.' })
export class WebhookDeliveryFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Deliveries to this endpoint.' })
  endpointId?: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Deliveries in this status.' })
  status?: WebhookDeliveryStatus;

  @Field(() => WebhookEventType, {
    nullable: true,
    description: 'Deliveries of this kind of event.',
  })
  eventType?: WebhookEventType;
}

export const WebhookDeliveryList = defineList(WebhookDelivery, {
  filter: WebhookDeliveryFilter,
  orderFields: {
    OCCURRED_AT: 'occurredAt',
    LAST_ATTEMPT_AT: 'lastAttemptAt',
    CREATED_AT: 'createdAt',
  },
  defaultOrder: [descending('occurredAt'), ascending('id')],
});

@InputType()
class WebhookEndpointFields {
  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' })
  @IsOptional()
  @Length(0, 200)
  description?: string | null;
}

@InputType({ description: 'A new webhook endpoint; its signing secret is shown once.' })
export class CreateWebhookEndpointInput extends WebhookEndpointFields {
  @Field(() => ID, {
    nullable: true,
    description:
      'The API partner account it is for: required of CEI admins; an API partner registers their own.',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => String, {
    description: 'Where events are POSTed: https (http only outside production).',
  })
  @Length(1, 2000)
  url: string;

  @Field(() => [WebhookEventType], { description: 'The kinds of change to send.' })
  @ArrayMinSize(1)
  eventTypes: WebhookEventType[];
}

@InputType({ description: 'Changes to a webhook endpoint.' })
export class UpdateWebhookEndpointInput extends WebhookEndpointFields {
  @Field(() => String, { nullable: true, description: 'Where events are POSTed.' })
  @IsOptional()
  @Length(1, 2000)
  url?: string;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The kinds of change to send.' })
  @IsOptional()
  @ArrayMinSize(1)
  eventTypes?: WebhookEventType[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false disables it (nothing is sent); true enables it again and clears its failure count.',
  })
  enabled?: boolean;
}

@ObjectType({
  description: 'A webhook endpoint with its signing secret, shown here once and never again.',
})
export class WebhookEndpointWithSecret {
  @Field(() => String, {
    description: 'The HMAC-SHA256 key of the Webhook-Signature header (whsec_…); keep it secret.',
  })
  secret: string;

  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  webhookEndpoint: WebhookEndpoint;
}
