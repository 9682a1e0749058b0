import { useState, type SyntheticEvent } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState, Loading, errorMessage } from '../../../components/states.js';
import type { Review, ReviewAction } from '../architecture-api.js';
import { Markdown } from '../Markdown.js';
import { useReview, useReviewMutations } from '../queries.js';

const ACTION_LABEL: Readonly<Record<ReviewAction, string>> = {
  submit: 'Submit for review',
  approve: 'Approve',
  'request-changes': 'Request changes',
  decide: 'Decide and record the ADR',
  withdraw: 'Withdraw',
};

type Comment = Review['comments'][number];

export function ReviewPage() {
  const { id = '' } = useParams();
  const review = useReview(id);
  const { act, comment } = useReviewMutations(id);
  if (review.isPending) return <Loading />;
  if (review.isError) return <ErrorState error={review.error} retry={() => { void review.refetch(); }} />;
  const r = review.data;
  const failure = act.error ?? comment.error;
  return (
    <>
      <PageHeader
        title={r.title}
        subtitle={
          <>
            <span className="badge">{r.state}</span> {r.overdue && <span className="badge warn">overdue</span>} by {r.author}
            {r.service !== null && ` · service ${r.service}`}
          </>
        }
        actions={r.allowedActions.map((a) => (
          <button key={a} type="button" className="button" disabled={act.isPending} onClick={() => { act.mutate(a); }}>
            {ACTION_LABEL[a]}
          </button>
        ))}
      />
      {failure !== null && <p role="alert" className="state state-error">{errorMessage(failure)}</p>}
      {r.adrId !== null && (
        <p>
          Recorded as <Link to={`/architecture/adrs/${r.adrId}`}>an ADR</Link>.
        </p>
      )}
      <p>
        Reviewers ({r.requiredApprovals} approval{r.requiredApprovals === 1 ? '' : 's'} needed):{' '}
        {r.reviewers.map((v) => `${v.name} (${v.decision})`).join(', ')}
      </p>
      {r.sections.map((s) => (
        <section key={s.key} aria-labelledby={`section-${s.key}`}>
          <h2 id={`section-${s.key}`}>{s.title}</h2>
          {s.content.trim() === '' ? <p className="muted">{s.prompt}</p> : <Markdown text={s.content} />}
          <Thread comments={r.comments.filter((c) => c.section === s.key)} onReply={(body, parentId) => { comment.mutate({ body, parentId }); }} />
          <CommentForm label={`Comment on ${s.title}`} onSubmit={(body) => { comment.mutate({ body, section: s.key }); }} />
        </section>
      ))}
      <section aria-labelledby="general">
        <h2 id="general">General comments</h2>
        <Thread comments={r.comments.filter((c) => c.section === null)} onReply={(body, parentId) => { comment.mutate({ body, parentId }); }} />
        <CommentForm label="Comment on the review" onSubmit={(body) => { comment.mutate({ body }); }} />
      </section>
    </>
  );
}

/** Replies are typed loosely by the API schema (it is recursive); keep the ones shaped like comments. */
function isComment(value: unknown): value is Comment {
  return typeof value === 'object' && value !== null && 'id' in value && 'body' in value && 'author' in value && 'replies' in value;
}

function Thread({ comments, onReply }: { comments: readonly Comment[]; onReply: (body: string, parentId: string) => void }) {
  if (comments.length === 0) return null;
  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <p>
            <strong>{c.author}</strong> <span className="muted">{c.createdAt.slice(0, 16).replace('T', ' ')}</span>
          </p>
          <p>{c.body}</p>
          <Thread comments={c.replies.filter(isComment)} onReply={onReply} />
          <CommentForm label="Reply" onSubmit={(body) => { onReply(body, c.id); }} />
        </li>
      ))}
    </ul>
  );
}

function CommentForm({ label, onSubmit }: { label: string; onSubmit: (body: string) => void }) {
  const [body, setBody] = useState('');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (body.trim() === '') return;
    onSubmit(body.trim());
    setBody('');
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <label>
        {label}
        <textarea value={body} rows={2} onChange={(e) => { setBody(e.target.value); }} />
      </label>
      <button type="submit" className="button">{label === 'Reply' ? 'Reply' : 'Comment'}</button>
    </form>
  );
}
