import type { RulesetDefinition } from '../../engine/types.js';
import { rule as operationSuccessResponse } from './rules/operation-success-response.js';
import { rule as oas2OperationFormDataConsumeCheck } from './rules/oas2-operation-formData-consume-check.js';
import { rule as operationOperationIdUnique } from './rules/operation-operationId-unique.js';
import { rule as operationParameters } from './rules/operation-parameters.js';
import { rule as operationTagDefined } from './rules/operation-tag-defined.js';
import { rule as pathParams } from './rules/path-params.js';
import { rule as contactProperties } from './rules/contact-properties.js';
import { rule as duplicatedEntryInEnum } from './rules/duplicated-entry-in-enum.js';
import { rule as infoContact } from './rules/info-contact.js';
import { rule as infoDescription } from './rules/info-description.js';
import { rule as infoLicense } from './rules/info-license.js';
import { rule as licenseUrl } from './rules/license-url.js';
import { rule as noEvalInMarkdown } from './rules/no-eval-in-markdown.js';
import { rule as noScriptTagsInMarkdown } from './rules/no-script-tags-in-markdown.js';
import { rule as openapiTagsAlphabetical } from './rules/openapi-tags-alphabetical.js';
import { rule as openapiTagsUniqueness } from './rules/openapi-tags-uniqueness.js';
import { rule as openapiTags } from './rules/openapi-tags.js';
import { rule as operationDescription } from './rules/operation-description.js';
import { rule as operationOperationId } from './rules/operation-operationId.js';
import { rule as operationOperationIdValidInUrl } from './rules/operation-operationId-valid-in-url.js';
import { rule as operationSingularTag } from './rules/operation-singular-tag.js';
import { rule as operationTags } from './rules/operation-tags.js';
import { rule as pathDeclarationsMustExist } from './rules/path-declarations-must-exist.js';
import { rule as pathKeysNoTrailingSlash } from './rules/path-keys-no-trailing-slash.js';
import { rule as pathNotIncludeQuery } from './rules/path-not-include-query.js';
import { rule as tagDescription } from './rules/tag-description.js';
import { rule as noRefSiblings } from './rules/no-$ref-siblings.js';
import { rule as arrayItems } from './rules/array-items.js';
import { rule as typedEnum } from './rules/typed-enum.js';
import { rule as oas2ApiHost } from './rules/oas2-api-host.js';
import { rule as oas2ApiSchemes } from './rules/oas2-api-schemes.js';
import { rule as oas2Discriminator } from './rules/oas2-discriminator.js';
import { rule as oas2HostNotExample } from './rules/oas2-host-not-example.js';
import { rule as oas2HostTrailingSlash } from './rules/oas2-host-trailing-slash.js';
import { rule as oas2ParameterDescription } from './rules/oas2-parameter-description.js';
import { rule as oas2OperationSecurityDefined } from './rules/oas2-operation-security-defined.js';
import { rule as oas2ValidSchemaExample } from './rules/oas2-valid-schema-example.js';
import { rule as oas2ValidMediaExample } from './rules/oas2-valid-media-example.js';
import { rule as oas2AnyOf } from './rules/oas2-anyOf.js';
import { rule as oas2OneOf } from './rules/oas2-oneOf.js';
import { rule as oas2Schema } from './rules/oas2-schema.js';
import { rule as oas2UnusedDefinition } from './rules/oas2-unused-definition.js';
import { rule as oas3ApiServers } from './rules/oas3-api-servers.js';
import { rule as oas3ExamplesValueOrExternalValue } from './rules/oas3-examples-value-or-externalValue.js';
import { rule as oas3OperationSecurityDefined } from './rules/oas3-operation-security-defined.js';
import { rule as oas3ParameterDescription } from './rules/oas3-parameter-description.js';
import { rule as oas3ServerNotExampleCom } from './rules/oas3-server-not-example.com.js';
import { rule as oas3ServerTrailingSlash } from './rules/oas3-server-trailing-slash.js';
import { rule as oas3ValidMediaExample } from './rules/oas3-valid-media-example.js';
import { rule as oas3ValidSchemaExample } from './rules/oas3-valid-schema-example.js';
import { rule as oas3Schema } from './rules/oas3-schema.js';
import { rule as oas3UnusedComponent } from './rules/oas3-unused-component.js';
import { rule as oas3ServerVariables } from './rules/oas3-server-variables.js';
import { rule as oas3CallbacksInCallbacks } from './rules/oas3-callbacks-in-callbacks.js';
import { rule as oas31ServersInWebhook } from './rules/oas3_1-servers-in-webhook.js';
import { rule as oas31CallbacksInWebhook } from './rules/oas3_1-callbacks-in-webhook.js';
import { rule as oas32NoDeprecatedXmlAttribute } from './rules/oas3_2-no-deprecated-xml-attribute.js';

/**
 * `spectral:oas`: every rule of Spectral 6.16's built-in OpenAPI ruleset, with the same ids,
 * severities, `recommended` flags, formats and JSONPaths, on Groundwork's engine.
 */
export const spectralOas = {
  id: 'spectral:oas',
  documentationUrl: 'https://meta.stoplight.io/docs/spectral/docs/reference/openapi-rules.md',
  formats: ['oas2', 'oas3', 'oas3_0', 'oas3_1', 'oas3_2'],
  aliases: {
    PathItem: ['$.paths[*]'],
    OperationObject: ['#PathItem[get,put,post,delete,options,head,patch,trace]'],
    SecurityRequirementObject: ['$.security[*]', '#OperationObject.security[*]'],
    ResponseObject: {
      targets: [
        { formats: ['oas2'], given: ['#OperationObject.responses[*]', '$.responses[*]'] },
        { formats: ['oas3'], given: ['#OperationObject.responses[*]', '$.components.responses[*]'] },
      ],
    },
    LinkObject: { targets: [{ formats: ['oas3'], given: ['$.components.links[*]', '#ResponseObject.links[*]'] }] },
    ArrayProperties: {
      targets: [
        { formats: ['oas2', 'oas3_0'], given: ['$..[?(@ && @.type=="array")]'] },
        {
          formats: ['oas3_1', 'oas3_2'],
          given: [
            '$..[?(@ && @.type=="array")]',
            '$..[?(@ && @.type && @.type.constructor.name === "Array" && @.type.includes("array"))]',
          ],
        },
      ],
    },
  },
  rules: {
    'operation-success-response': operationSuccessResponse,
    'oas2-operation-formData-consume-check': oas2OperationFormDataConsumeCheck,
    'operation-operationId-unique': operationOperationIdUnique,
    'operation-parameters': operationParameters,
    'operation-tag-defined': operationTagDefined,
    'path-params': pathParams,
    'contact-properties': contactProperties,
    'duplicated-entry-in-enum': duplicatedEntryInEnum,
    'info-contact': infoContact,
    'info-description': infoDescription,
    'info-license': infoLicense,
    'license-url': licenseUrl,
    'no-eval-in-markdown': noEvalInMarkdown,
    'no-script-tags-in-markdown': noScriptTagsInMarkdown,
    'openapi-tags-alphabetical': openapiTagsAlphabetical,
    'openapi-tags-uniqueness': openapiTagsUniqueness,
    'openapi-tags': openapiTags,
    'operation-description': operationDescription,
    'operation-operationId': operationOperationId,
    'operation-operationId-valid-in-url': operationOperationIdValidInUrl,
    'operation-singular-tag': operationSingularTag,
    'operation-tags': operationTags,
    'path-declarations-must-exist': pathDeclarationsMustExist,
    'path-keys-no-trailing-slash': pathKeysNoTrailingSlash,
    'path-not-include-query': pathNotIncludeQuery,
    'tag-description': tagDescription,
    'no-$ref-siblings': noRefSiblings,
    'array-items': arrayItems,
    'typed-enum': typedEnum,
    'oas2-api-host': oas2ApiHost,
    'oas2-api-schemes': oas2ApiSchemes,
    'oas2-discriminator': oas2Discriminator,
    'oas2-host-not-example': oas2HostNotExample,
    'oas2-host-trailing-slash': oas2HostTrailingSlash,
    'oas2-parameter-description': oas2ParameterDescription,
    'oas2-operation-security-defined': oas2OperationSecurityDefined,
    'oas2-valid-schema-example': oas2ValidSchemaExample,
    'oas2-valid-media-example': oas2ValidMediaExample,
    'oas2-anyOf': oas2AnyOf,
    'oas2-oneOf': oas2OneOf,
    'oas2-schema': oas2Schema,
    'oas2-unused-definition': oas2UnusedDefinition,
    'oas3-api-servers': oas3ApiServers,
    'oas3-examples-value-or-externalValue': oas3ExamplesValueOrExternalValue,
    'oas3-operation-security-defined': oas3OperationSecurityDefined,
    'oas3-parameter-description': oas3ParameterDescription,
    'oas3-server-not-example.com': oas3ServerNotExampleCom,
    'oas3-server-trailing-slash': oas3ServerTrailingSlash,
    'oas3-valid-media-example': oas3ValidMediaExample,
    'oas3-valid-schema-example': oas3ValidSchemaExample,
    'oas3-schema': oas3Schema,
    'oas3-unused-component': oas3UnusedComponent,
    'oas3-server-variables': oas3ServerVariables,
    'oas3-callbacks-in-callbacks': oas3CallbacksInCallbacks,
    'oas3_1-servers-in-webhook': oas31ServersInWebhook,
    'oas3_1-callbacks-in-webhook': oas31CallbacksInWebhook,
    'oas3_2-no-deprecated-xml-attribute': oas32NoDeprecatedXmlAttribute,
  },
} satisfies RulesetDefinition;
