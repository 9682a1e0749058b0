import { Fragment } from 'react';
import { PageHeader } from '../../../components/PageHeader.js';
import type { GuidelineData, GuidelinesData } from '../guidelines-data.js';
import data from '../guidelines.json' with { type: 'json' };
import '../apis.css';

// The API design guidelines, rendered from the same rule metadata as docs/api-guidelines.md
// (see guidelines-data.ts for how the data gets here).

const guidelines: GuidelinesData = data;

const TITLES: Record<string, string> = {
  naming: 'Naming',
  errors: 'Errors',
  pagination: 'Pagination',
  versioning: 'Versioning',
  security: 'Security',
  documentation: 'Documentation',
};

const titleOf = (category: string): string => TITLES[category] ?? category;

/** Text with `code` spans, as the rule descriptions are written. */
function Inline({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (
        // Parts of one fixed string: the index is a stable key.
        <Fragment key={i}>{i % 2 === 1 ? <code>{part}</code> : part}</Fragment>
      ))}
    </>
  );
}

function Rule({ rule }: { rule: GuidelineData }) {
  return (
    <article className="guideline" id={rule.id} aria-labelledby={`${rule.id}-title`}>
      <h3 id={`${rule.id}-title`}>
        <code>{rule.id}</code> <span className={`badge severity-${rule.severity}`}>{rule.severity}</span>
      </h3>
      <p><Inline text={rule.description} /></p>
      <p><strong>Why.</strong> <Inline text={rule.rationale} /></p>
      {rule.options.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{`Options of ${rule.id}`}</caption>
            <thead>
              <tr><th scope="col">Option</th><th scope="col">Type</th><th scope="col">Default</th><th scope="col">Meaning</th></tr>
            </thead>
            <tbody>
              {rule.options.map((o) => (
                <tr key={o.name}><td><code>{o.name}</code></td><td>{o.type}</td><td><code>{o.default}</code></td><td>{o.description}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="examples">
        {rule.good.map((text, i) => (
          <figure key={`good-${String(i)}`} className="example good">
            <figcaption>Good</figcaption>
            <pre><code>{text}</code></pre>
          </figure>
        ))}
        {rule.bad.map((text, i) => (
          <figure key={`bad-${String(i)}`} className="example bad">
            <figcaption>Bad</figcaption>
            <pre><code>{text}</code></pre>
          </figure>
        ))}
      </div>
    </article>
  );
}

export function GuidelinesPage() {
  const categories = guidelines.categories.filter((c) => guidelines.rules.some((r) => r.category === c));
  return (
    <>
      <PageHeader
        title="API design guidelines"
        subtitle={<>Each guideline is a lint rule of <code>{guidelines.ruleset}</code>: check a description with <code>groundwork api lint openapi.yaml --ruleset {guidelines.ruleset}</code>.</>}
      />
      <nav aria-label="Guideline categories" className="guideline-toc">
        <ul>
          {categories.map((c) => (
            <li key={c}><a href={`#category-${c}`}>{`${titleOf(c)} (${String(guidelines.rules.filter((r) => r.category === c).length)})`}</a></li>
          ))}
        </ul>
      </nav>
      {categories.map((c) => (
        <section key={c} id={`category-${c}`} aria-labelledby={`category-${c}-title`}>
          <h2 id={`category-${c}-title`}>{titleOf(c)}</h2>
          {guidelines.rules.filter((r) => r.category === c).map((r) => <Rule key={r.id} rule={r} />)}
        </section>
      ))}
    </>
  );
}
