/**
 * The record templates. The two Nygard texts are the ones adr-tools ships (its files must
 * come out byte for byte the same); the MADR ones follow MADR 4.0.0's `adr-template.md`.
 * Placeholders are adr-tools' bare words NUMBER, TITLE, DATE and STATUS.
 */

/** adr-tools' `template.md`: what `adr new` writes when no other template applies. */
export const NYGARD_TEMPLATE = `# NUMBER. TITLE

Date: DATE

## Status

STATUS

## Context

The issue motivating this decision, and any context that influences or constrains the decision.

## Decision

The change that we're proposing or have agreed to implement.

## Consequences

What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.
`;

/** adr-tools' `init.md`: the first record `adr init` writes (its number is literal, as upstream). */
export const NYGARD_INIT_TEMPLATE = `# 1. Record architecture decisions

Date: DATE

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.

## Decision

We will use Architecture Decision Records, as [described by Michael Nygard](http://thinkrelevance.com/blog/2011/11/15/documenting-architecture-decisions).

## Consequences

See Michael Nygard's article, linked above. For a lightweight ADR toolset, see Nat Pryce's [adr-tools](https://github.com/npryce/adr-tools).
`;

/** MADR 4 record; the front matter is filled in by the renderer, not by text substitution. */
export const MADR_BODY_TEMPLATE = `# TITLE

## Context and Problem Statement

{Describe the context and problem statement, e.g., in free form using two to three sentences or in the form of an illustrative story. You may want to articulate the problem in form of a question and add links to collaboration boards or issue management systems.}

<!-- This is an optional element. Feel free to remove. -->
## Decision Drivers

* {decision driver 1, e.g., a force, facing concern, …}
* {decision driver 2, e.g., a force, facing concern, …}
* … <!-- numbers of drivers can vary -->

## Considered Options

* {title of option 1}
* {title of option 2}
* {title of option 3}
* … <!-- numbers of options can vary -->

## Decision Outcome

Chosen option: "{title of option 1}", because {justification. e.g., only option, which meets k.o. criterion decision driver | which resolves force {force} | … | comes out best (see below)}.

<!-- This is an optional element. Feel free to remove. -->
### Consequences

* Good, because {positive consequence, e.g., improvement of one or more desired qualities, …}
* Bad, because {negative consequence, e.g., compromising one or more desired qualities, …}
* … <!-- numbers of consequences can vary -->

<!-- This is an optional element. Feel free to remove. -->
### Confirmation

{Describe how the implementation of/compliance with the ADR can/will be confirmed. Are the design that was decided for and its implementation in line with the decision made? E.g., a design/code review or a test with a library such as ArchUnit can help validate this. Not that although we classify this element as optional, it is included in many ADRs.}

<!-- This is an optional element. Feel free to remove. -->
## Pros and Cons of the Options

### {title of option 1}

<!-- This is an optional element. Feel free to remove. -->
{example | description | pointer to more information | …}

* Good, because {argument a}
* Good, because {argument b}
<!-- use "neutral" if the given argument weights neither for good nor bad -->
* Neutral, because {argument c}
* Bad, because {argument d}
* … <!-- numbers of pros and cons can vary -->

### {title of other option}

{example | description | pointer to more information | …}

* Good, because {argument a}
* Good, because {argument b}
* Neutral, because {argument c}
* Bad, because {argument d}
* …

<!-- This is an optional element. Feel free to remove. -->
## More Information

{You might want to provide additional evidence/confidence for the decision outcome here and/or document the team agreement on the decision and/or define when/how this decision the decision should be realized and if/when it should be re-visited. Links to other decisions and resources might appear here as well.}
`;

/** The first record of a MADR repository, the MADR counterpart of adr-tools' init.md. */
export const MADR_INIT_BODY_TEMPLATE = `# Record architecture decisions

## Context and Problem Statement

We need to record the architectural decisions made on this project, so that people joining later can see what was decided, why, and what else was considered.

## Considered Options

* MADR 4 (Markdown Architectural Decision Records)
* Michael Nygard's ADR format
* No records

## Decision Outcome

Chosen option: "MADR 4", because it records the options considered and their pros and cons, not only the outcome, and its front matter is easy for tools to read.

### Consequences

* Good, because decisions are reviewed in pull requests next to the code they shape.
* Bad, because writing a record takes a little time for each significant decision.

## More Information

See https://adr.github.io/madr/ for the format.
`;
