/**
 * The explicit registry of breaking-change checks: one entry per file in `checks/`, keyed
 * by id. `registry.test.ts` fails when a file, an id or a test is missing or mismatched.
 */
import type { Check } from './check.js';
import { check as apiOperationIdAdded } from './checks/api-operation-id-added.js';
import { check as apiOperationIdRemoved } from './checks/api-operation-id-removed.js';
import { check as apiPathRemovedBeforeSunset } from './checks/api-path-removed-before-sunset.js';
import { check as apiPathRemovedWithoutDeprecation } from './checks/api-path-removed-without-deprecation.js';
import { check as apiRemovedBeforeSunset } from './checks/api-removed-before-sunset.js';
import { check as apiRemovedWithDeprecation } from './checks/api-removed-with-deprecation.js';
import { check as apiRemovedWithoutDeprecation } from './checks/api-removed-without-deprecation.js';
import { check as apiSchemaAdded } from './checks/api-schema-added.js';
import { check as apiSchemaRemoved } from './checks/api-schema-removed.js';
import { check as apiSecurityAdded } from './checks/api-security-added.js';
import { check as apiSecurityComponentAdded } from './checks/api-security-component-added.js';
import { check as apiSecurityComponentOauthScopeRemoved } from './checks/api-security-component-oauth-scope-removed.js';
import { check as apiSecurityComponentOauthUrlChanged } from './checks/api-security-component-oauth-url-changed.js';
import { check as apiSecurityComponentRemoved } from './checks/api-security-component-removed.js';
import { check as apiSecurityComponentTypeChanged } from './checks/api-security-component-type-changed.js';
import { check as apiSecurityRemoved } from './checks/api-security-removed.js';
import { check as apiSecurityScopeAdded } from './checks/api-security-scope-added.js';
import { check as apiSecurityScopeRemoved } from './checks/api-security-scope-removed.js';
import { check as apiSecurityUpdated } from './checks/api-security-updated.js';
import { check as apiServerAdded } from './checks/api-server-added.js';
import { check as apiServerRemoved } from './checks/api-server-removed.js';
import { check as apiTagAdded } from './checks/api-tag-added.js';
import { check as apiTagRemoved } from './checks/api-tag-removed.js';
import { check as apiUnusedSchemaChanged } from './checks/api-unused-schema-changed.js';
import { check as endpointAdded } from './checks/endpoint-added.js';
import { check as endpointDeprecated } from './checks/endpoint-deprecated.js';
import { check as endpointReactivated } from './checks/endpoint-reactivated.js';
import { check as newOptionalRequestParameter } from './checks/new-optional-request-parameter.js';
import { check as newOptionalRequestProperty } from './checks/new-optional-request-property.js';
import { check as newRequiredRequestParameter } from './checks/new-required-request-parameter.js';
import { check as newRequiredRequestProperty } from './checks/new-required-request-property.js';
import { check as optionalResponseHeaderRemoved } from './checks/optional-response-header-removed.js';
import { check as requestBodyAddedOptional } from './checks/request-body-added-optional.js';
import { check as requestBodyAddedRequired } from './checks/request-body-added-required.js';
import { check as requestBodyBecameOptional } from './checks/request-body-became-optional.js';
import { check as requestBodyBecameRequired } from './checks/request-body-became-required.js';
import { check as requestBodyMediaTypeAdded } from './checks/request-body-media-type-added.js';
import { check as requestBodyMediaTypeRemoved } from './checks/request-body-media-type-removed.js';
import { check as requestBodyRemoved } from './checks/request-body-removed.js';
import { check as requestParameterBecameEnum } from './checks/request-parameter-became-enum.js';
import { check as requestParameterBecameNotNullable } from './checks/request-parameter-became-not-nullable.js';
import { check as requestParameterBecameOptional } from './checks/request-parameter-became-optional.js';
import { check as requestParameterBecameRequired } from './checks/request-parameter-became-required.js';
import { check as requestParameterDefaultValueChanged } from './checks/request-parameter-default-value-changed.js';
import { check as requestParameterDeprecated } from './checks/request-parameter-deprecated.js';
import { check as requestParameterEnumValueAdded } from './checks/request-parameter-enum-value-added.js';
import { check as requestParameterEnumValueRemoved } from './checks/request-parameter-enum-value-removed.js';
import { check as requestParameterLocationChanged } from './checks/request-parameter-location-changed.js';
import { check as requestParameterMaxDecreased } from './checks/request-parameter-max-decreased.js';
import { check as requestParameterMaxIncreased } from './checks/request-parameter-max-increased.js';
import { check as requestParameterMaxItemsDecreased } from './checks/request-parameter-max-items-decreased.js';
import { check as requestParameterMaxLengthDecreased } from './checks/request-parameter-max-length-decreased.js';
import { check as requestParameterMaxLengthSet } from './checks/request-parameter-max-length-set.js';
import { check as requestParameterMaxSet } from './checks/request-parameter-max-set.js';
import { check as requestParameterMinIncreased } from './checks/request-parameter-min-increased.js';
import { check as requestParameterMinItemsIncreased } from './checks/request-parameter-min-items-increased.js';
import { check as requestParameterMinLengthIncreased } from './checks/request-parameter-min-length-increased.js';
import { check as requestParameterMinSet } from './checks/request-parameter-min-set.js';
import { check as requestParameterPatternAdded } from './checks/request-parameter-pattern-added.js';
import { check as requestParameterPatternChanged } from './checks/request-parameter-pattern-changed.js';
import { check as requestParameterRemoved } from './checks/request-parameter-removed.js';
import { check as requestParameterTypeChanged } from './checks/request-parameter-type-changed.js';
import { check as requestParameterTypeGeneralized } from './checks/request-parameter-type-generalized.js';
import { check as requestPathParameterRenamed } from './checks/request-path-parameter-renamed.js';
import { check as requestPropertyAdditionalPropertiesRestricted } from './checks/request-property-additional-properties-restricted.js';
import { check as requestPropertyAnyOfAdded } from './checks/request-property-any-of-added.js';
import { check as requestPropertyAnyOfRemoved } from './checks/request-property-any-of-removed.js';
import { check as requestPropertyBecameEnum } from './checks/request-property-became-enum.js';
import { check as requestPropertyBecameNotNullable } from './checks/request-property-became-not-nullable.js';
import { check as requestPropertyBecameNullable } from './checks/request-property-became-nullable.js';
import { check as requestPropertyBecameOptional } from './checks/request-property-became-optional.js';
import { check as requestPropertyBecameRequired } from './checks/request-property-became-required.js';
import { check as requestPropertyDefaultValueChanged } from './checks/request-property-default-value-changed.js';
import { check as requestPropertyEnumValueAdded } from './checks/request-property-enum-value-added.js';
import { check as requestPropertyEnumValueRemoved } from './checks/request-property-enum-value-removed.js';
import { check as requestPropertyMaxDecreased } from './checks/request-property-max-decreased.js';
import { check as requestPropertyMaxItemsDecreased } from './checks/request-property-max-items-decreased.js';
import { check as requestPropertyMaxLengthDecreased } from './checks/request-property-max-length-decreased.js';
import { check as requestPropertyMaxLengthIncreased } from './checks/request-property-max-length-increased.js';
import { check as requestPropertyMaxLengthSet } from './checks/request-property-max-length-set.js';
import { check as requestPropertyMaxSet } from './checks/request-property-max-set.js';
import { check as requestPropertyMinIncreased } from './checks/request-property-min-increased.js';
import { check as requestPropertyMinItemsIncreased } from './checks/request-property-min-items-increased.js';
import { check as requestPropertyMinLengthIncreased } from './checks/request-property-min-length-increased.js';
import { check as requestPropertyMinSet } from './checks/request-property-min-set.js';
import { check as requestPropertyOneOfAdded } from './checks/request-property-one-of-added.js';
import { check as requestPropertyOneOfRemoved } from './checks/request-property-one-of-removed.js';
import { check as requestPropertyPatternAdded } from './checks/request-property-pattern-added.js';
import { check as requestPropertyPatternChanged } from './checks/request-property-pattern-changed.js';
import { check as requestPropertyRemoved } from './checks/request-property-removed.js';
import { check as requestPropertyTypeChanged } from './checks/request-property-type-changed.js';
import { check as requestPropertyTypeGeneralized } from './checks/request-property-type-generalized.js';
import { check as requiredResponseHeaderRemoved } from './checks/required-response-header-removed.js';
import { check as responseHeaderAdded } from './checks/response-header-added.js';
import { check as responseHeaderBecameOptional } from './checks/response-header-became-optional.js';
import { check as responseHeaderTypeChanged } from './checks/response-header-type-changed.js';
import { check as responseMediaTypeAdded } from './checks/response-media-type-added.js';
import { check as responseMediaTypeRemoved } from './checks/response-media-type-removed.js';
import { check as responseNonSuccessStatusAdded } from './checks/response-non-success-status-added.js';
import { check as responseNonSuccessStatusRemoved } from './checks/response-non-success-status-removed.js';
import { check as responseOptionalPropertyRemoved } from './checks/response-optional-property-removed.js';
import { check as responsePropertyAdded } from './checks/response-property-added.js';
import { check as responsePropertyAnyOfAdded } from './checks/response-property-any-of-added.js';
import { check as responsePropertyBecameNotNullable } from './checks/response-property-became-not-nullable.js';
import { check as responsePropertyBecameNullable } from './checks/response-property-became-nullable.js';
import { check as responsePropertyBecameOptional } from './checks/response-property-became-optional.js';
import { check as responsePropertyBecameRequired } from './checks/response-property-became-required.js';
import { check as responsePropertyEnumValueAdded } from './checks/response-property-enum-value-added.js';
import { check as responsePropertyEnumValueRemoved } from './checks/response-property-enum-value-removed.js';
import { check as responsePropertyMaxIncreased } from './checks/response-property-max-increased.js';
import { check as responsePropertyMaxLengthIncreased } from './checks/response-property-max-length-increased.js';
import { check as responsePropertyMinDecreased } from './checks/response-property-min-decreased.js';
import { check as responsePropertyOneOfAdded } from './checks/response-property-one-of-added.js';
import { check as responsePropertyOneOfRemoved } from './checks/response-property-one-of-removed.js';
import { check as responsePropertyTypeChanged } from './checks/response-property-type-changed.js';
import { check as responseRequiredPropertyRemoved } from './checks/response-required-property-removed.js';
import { check as responseSuccessStatusAdded } from './checks/response-success-status-added.js';
import { check as responseSuccessStatusRemoved } from './checks/response-success-status-removed.js';

export const checks = {
  'api-operation-id-added': apiOperationIdAdded,
  'api-operation-id-removed': apiOperationIdRemoved,
  'api-path-removed-before-sunset': apiPathRemovedBeforeSunset,
  'api-path-removed-without-deprecation': apiPathRemovedWithoutDeprecation,
  'api-removed-before-sunset': apiRemovedBeforeSunset,
  'api-removed-with-deprecation': apiRemovedWithDeprecation,
  'api-removed-without-deprecation': apiRemovedWithoutDeprecation,
  'api-schema-added': apiSchemaAdded,
  'api-schema-removed': apiSchemaRemoved,
  'api-security-added': apiSecurityAdded,
  'api-security-component-added': apiSecurityComponentAdded,
  'api-security-component-oauth-scope-removed': apiSecurityComponentOauthScopeRemoved,
  'api-security-component-oauth-url-changed': apiSecurityComponentOauthUrlChanged,
  'api-security-component-removed': apiSecurityComponentRemoved,
  'api-security-component-type-changed': apiSecurityComponentTypeChanged,
  'api-security-removed': apiSecurityRemoved,
  'api-security-scope-added': apiSecurityScopeAdded,
  'api-security-scope-removed': apiSecurityScopeRemoved,
  'api-security-updated': apiSecurityUpdated,
  'api-server-added': apiServerAdded,
  'api-server-removed': apiServerRemoved,
  'api-tag-added': apiTagAdded,
  'api-tag-removed': apiTagRemoved,
  'api-unused-schema-changed': apiUnusedSchemaChanged,
  'endpoint-added': endpointAdded,
  'endpoint-deprecated': endpointDeprecated,
  'endpoint-reactivated': endpointReactivated,
  'new-optional-request-parameter': newOptionalRequestParameter,
  'new-optional-request-property': newOptionalRequestProperty,
  'new-required-request-parameter': newRequiredRequestParameter,
  'new-required-request-property': newRequiredRequestProperty,
  'optional-response-header-removed': optionalResponseHeaderRemoved,
  'request-body-added-optional': requestBodyAddedOptional,
  'request-body-added-required': requestBodyAddedRequired,
  'request-body-became-optional': requestBodyBecameOptional,
  'request-body-became-required': requestBodyBecameRequired,
  'request-body-media-type-added': requestBodyMediaTypeAdded,
  'request-body-media-type-removed': requestBodyMediaTypeRemoved,
  'request-body-removed': requestBodyRemoved,
  'request-parameter-became-enum': requestParameterBecameEnum,
  'request-parameter-became-not-nullable': requestParameterBecameNotNullable,
  'request-parameter-became-optional': requestParameterBecameOptional,
  'request-parameter-became-required': requestParameterBecameRequired,
  'request-parameter-default-value-changed': requestParameterDefaultValueChanged,
  'request-parameter-deprecated': requestParameterDeprecated,
  'request-parameter-enum-value-added': requestParameterEnumValueAdded,
  'request-parameter-enum-value-removed': requestParameterEnumValueRemoved,
  'request-parameter-location-changed': requestParameterLocationChanged,
  'request-parameter-max-decreased': requestParameterMaxDecreased,
  'request-parameter-max-increased': requestParameterMaxIncreased,
  'request-parameter-max-items-decreased': requestParameterMaxItemsDecreased,
  'request-parameter-max-length-decreased': requestParameterMaxLengthDecreased,
  'request-parameter-max-length-set': requestParameterMaxLengthSet,
  'request-parameter-max-set': requestParameterMaxSet,
  'request-parameter-min-increased': requestParameterMinIncreased,
  'request-parameter-min-items-increased': requestParameterMinItemsIncreased,
  'request-parameter-min-length-increased': requestParameterMinLengthIncreased,
  'request-parameter-min-set': requestParameterMinSet,
  'request-parameter-pattern-added': requestParameterPatternAdded,
  'request-parameter-pattern-changed': requestParameterPatternChanged,
  'request-parameter-removed': requestParameterRemoved,
  'request-parameter-type-changed': requestParameterTypeChanged,
  'request-parameter-type-generalized': requestParameterTypeGeneralized,
  'request-path-parameter-renamed': requestPathParameterRenamed,
  'request-property-additional-properties-restricted': requestPropertyAdditionalPropertiesRestricted,
  'request-property-any-of-added': requestPropertyAnyOfAdded,
  'request-property-any-of-removed': requestPropertyAnyOfRemoved,
  'request-property-became-enum': requestPropertyBecameEnum,
  'request-property-became-not-nullable': requestPropertyBecameNotNullable,
  'request-property-became-nullable': requestPropertyBecameNullable,
  'request-property-became-optional': requestPropertyBecameOptional,
  'request-property-became-required': requestPropertyBecameRequired,
  'request-property-default-value-changed': requestPropertyDefaultValueChanged,
  'request-property-enum-value-added': requestPropertyEnumValueAdded,
  'request-property-enum-value-removed': requestPropertyEnumValueRemoved,
  'request-property-max-decreased': requestPropertyMaxDecreased,
  'request-property-max-items-decreased': requestPropertyMaxItemsDecreased,
  'request-property-max-length-decreased': requestPropertyMaxLengthDecreased,
  'request-property-max-length-increased': requestPropertyMaxLengthIncreased,
  'request-property-max-length-set': requestPropertyMaxLengthSet,
  'request-property-max-set': requestPropertyMaxSet,
  'request-property-min-increased': requestPropertyMinIncreased,
  'request-property-min-items-increased': requestPropertyMinItemsIncreased,
  'request-property-min-length-increased': requestPropertyMinLengthIncreased,
  'request-property-min-set': requestPropertyMinSet,
  'request-property-one-of-added': requestPropertyOneOfAdded,
  'request-property-one-of-removed': requestPropertyOneOfRemoved,
  'request-property-pattern-added': requestPropertyPatternAdded,
  'request-property-pattern-changed': requestPropertyPatternChanged,
  'request-property-removed': requestPropertyRemoved,
  'request-property-type-changed': requestPropertyTypeChanged,
  'request-property-type-generalized': requestPropertyTypeGeneralized,
  'required-response-header-removed': requiredResponseHeaderRemoved,
  'response-header-added': responseHeaderAdded,
  'response-header-became-optional': responseHeaderBecameOptional,
  'response-header-type-changed': responseHeaderTypeChanged,
  'response-media-type-added': responseMediaTypeAdded,
  'response-media-type-removed': responseMediaTypeRemoved,
  'response-non-success-status-added': responseNonSuccessStatusAdded,
  'response-non-success-status-removed': responseNonSuccessStatusRemoved,
  'response-optional-property-removed': responseOptionalPropertyRemoved,
  'response-property-added': responsePropertyAdded,
  'response-property-any-of-added': responsePropertyAnyOfAdded,
  'response-property-became-not-nullable': responsePropertyBecameNotNullable,
  'response-property-became-nullable': responsePropertyBecameNullable,
  'response-property-became-optional': responsePropertyBecameOptional,
  'response-property-became-required': responsePropertyBecameRequired,
  'response-property-enum-value-added': responsePropertyEnumValueAdded,
  'response-property-enum-value-removed': responsePropertyEnumValueRemoved,
  'response-property-max-increased': responsePropertyMaxIncreased,
  'response-property-max-length-increased': responsePropertyMaxLengthIncreased,
  'response-property-min-decreased': responsePropertyMinDecreased,
  'response-property-one-of-added': responsePropertyOneOfAdded,
  'response-property-one-of-removed': responsePropertyOneOfRemoved,
  'response-property-type-changed': responsePropertyTypeChanged,
  'response-required-property-removed': responseRequiredPropertyRemoved,
  'response-success-status-added': responseSuccessStatusAdded,
  'response-success-status-removed': responseSuccessStatusRemoved,
} satisfies Readonly<Record<string, Check>>;

export type CheckId = keyof typeof checks;

export const allChecks: readonly Check[] = Object.values(checks);
